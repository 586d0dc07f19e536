/// The report's two small inline scripts. The page works without them (every section is in the HTML);
/// with them, the document list gets a filter and pages of 50, links into collapsed or paged-out sections
/// open them, and printing expands everything.
///
/// Neither script reads document data except through the DOM's `textContent`. The page's
/// Content-Security-Policy allows these exact texts only (by their SHA-256): after editing one, update its
/// hash (the unit test `contentSecurityPolicyHashesMatch` prints the new values).
enum ReportScript {
    /// Records uncaught errors (including syntax errors in the main script) on `<body data-script-error>`.
    static let errorHook: StaticString = """
        window.addEventListener('error',function(e){document.body.setAttribute('data-script-error',String(e.message||e))});
        """
    static let errorHookSHA256 = "sha256-E8OlDRt40eQzfp2U7axTz6GOhCYc9iOvH6Rb8xlz5RA="

    /// Pagination, filter, reveal-on-link and print handling; sets `<body data-ready="1">` when done.
    static let main: StaticString = """
        (function(){
        var body=document.body;
        try{
        var docs=Array.prototype.slice.call(document.querySelectorAll('details.doc'));
        var size=50,page=0,shown=docs;
        var controls=document.getElementById('controls'),filter=document.getElementById('filter'),
        failedOnly=document.getElementById('failed-only'),status=document.getElementById('page-status'),
        prev=document.getElementById('prev'),next=document.getElementById('next');
        function matches(d){
        if(failedOnly.checked&&!d.classList.contains('failed'))return false;
        var q=filter.value.trim().toLowerCase();
        return !q||d.querySelector('summary').textContent.toLowerCase().indexOf(q)>=0;
        }
        function render(){
        shown=docs.filter(matches);
        var pages=Math.max(1,Math.ceil(shown.length/size));
        if(page>=pages)page=pages-1;
        var from=page*size,to=from+size;
        for(var i=0;i<docs.length;i++)docs[i].hidden=true;
        for(var j=0;j<shown.length;j++)shown[j].hidden=j<from||j>=to;
        status.textContent=shown.length?('documents '+(from+1)+'–'+Math.min(to,shown.length)+' of '+shown.length+(shown.length<docs.length?' (filtered from '+docs.length+')':'')):'no document matches';
        prev.disabled=page===0;next.disabled=page>=pages-1;
        }
        function reveal(){
        var id;try{id=decodeURIComponent(location.hash.slice(1));}catch(e){return;}
        var target=id&&document.getElementById(id);
        if(!target)return;
        var doc=target.closest('details.doc');
        if(doc){
        if(shown.indexOf(doc)<0){filter.value='';failedOnly.checked=false;shown=docs.filter(matches);}
        page=Math.floor(shown.indexOf(doc)/size);render();doc.open=true;
        }
        target.scrollIntoView();
        }
        filter.addEventListener('input',function(){page=0;render();});
        failedOnly.addEventListener('change',function(){page=0;render();});
        prev.addEventListener('click',function(){page--;render();window.scrollTo(0,controls.offsetTop);});
        next.addEventListener('click',function(){page++;render();window.scrollTo(0,controls.offsetTop);});
        document.getElementById('expand').addEventListener('click',function(){shown.forEach(function(d){if(!d.hidden)d.open=true;});});
        document.getElementById('collapse').addEventListener('click',function(){docs.forEach(function(d){d.open=false;});});
        window.addEventListener('hashchange',reveal);
        window.addEventListener('beforeprint',function(){docs.forEach(function(d){d.setAttribute('data-was-open',d.open?'1':'');d.open=true;d.hidden=false;});});
        window.addEventListener('afterprint',function(){docs.forEach(function(d){d.open=d.getAttribute('data-was-open')==='1';});render();});
        controls.hidden=false;
        render();
        reveal();
        body.setAttribute('data-ready','1');
        }catch(e){body.setAttribute('data-script-error',String(e&&e.message||e));}
        })();
        """
    static let mainSHA256 = "sha256-b4uR0S5pNFlQ8sIQaWegkSbZApSosOqYMmNkDkXOwcA="
}
