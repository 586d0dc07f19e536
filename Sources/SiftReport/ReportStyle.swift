/// The report's style sheet, inlined in its `<style>` element (no fonts or images are loaded).
///
/// The page's Content-Security-Policy allows this exact text only (by its SHA-256): after editing it, update
/// `sha256` (the unit test `contentSecurityPolicyHashesMatch` prints the new value).
enum ReportStyle {
    static let sha256 = "sha256-wi0ENWaGsma+GrLV6Qztut2RR631GpLTgVaMikrmz8o="

    static let css: StaticString = """
        :root{--fg:#1d2329;--muted:#5f6b76;--line:#d9dee3;--bg:#fff;--soft:#f4f6f8;--fav:#1f7a3a;--ag:#b3261e;--neu:#6b7280}
        *{box-sizing:border-box}
        body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--fg);background:var(--bg)}
        header,main{max-width:1200px;margin:0 auto;padding:0 20px}
        header{padding-top:18px;border-bottom:1px solid var(--line)}
        h1{font-size:1.6em;margin:.2em 0}h2{font-size:1.3em;margin:1.2em 0 .4em}h3{font-size:1.05em;margin:1.2em 0 .3em}
        header p,.note,small{color:var(--muted)}small{font-size:.82em}
        code{font:.9em ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;background:var(--soft);padding:0 .25em;border-radius:3px}
        a{color:#0b5cad}
        .cards{display:flex;flex-wrap:wrap;gap:10px}
        .card{border:1px solid var(--line);border-radius:8px;padding:8px 14px;min-width:120px;color:var(--muted)}
        .card b{display:block;font-size:1.5em;color:var(--fg)}.card.ok b{color:var(--fav)}.card.bad b{color:var(--ag)}
        .grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(220px,1fr));gap:14px;align-items:start}
        table{border-collapse:collapse;font-size:.9em}
        th,td{border-bottom:1px solid var(--line);padding:2px 8px;line-height:1.35;text-align:left;vertical-align:top}
        thead th{color:var(--muted);font-weight:600}
        caption{text-align:left;padding:4px 0;font-weight:600}
        table.ents{width:100%}table.ents th+th,table.ents td+td{width:1%;white-space:nowrap;text-align:right;padding-left:4px}
        .scroll{overflow-x:auto}
        table.matrix td{text-align:center}table.matrix td.tot{white-space:nowrap;color:var(--muted)}
        table.matrix.compact td{text-align:left}
        .st{display:inline-block;border-radius:4px;padding:0 6px;margin:1px;color:#fff;text-decoration:none;font-size:.9em}
        .st.favor{background:var(--fav)}.st.against{background:var(--ag)}.st.none{background:var(--neu)}
        .chart{width:100%;height:auto;border:1px solid var(--line);border-radius:6px;background:var(--soft)}
        .chart text{font-size:13px;fill:var(--muted)}.chart text.x{font-size:11px;text-anchor:middle}.chart .axis{stroke:#9aa4ad}
        .chart .pos{fill:#2e9b4f}.chart .neg{fill:#d0453b}.chart .neu{fill:#9aa4ad}.chart .fail{fill:#5b1a16}
        .chart a:hover rect{opacity:.7}
        .sw{display:inline-block;border-radius:4px;padding:0 6px;font-size:.85em;margin:1px 0}
        .legend{margin:.4em 0}
        .controls{position:sticky;top:0;z-index:2;background:var(--bg);padding:8px 0;border-bottom:1px solid var(--line);display:flex;flex-wrap:wrap;gap:8px;align-items:center}
        .controls[hidden]{display:none}
        .controls input[type=search]{flex:1;min-width:180px;padding:4px 8px;font:inherit}
        details.doc{border:1px solid var(--line);border-radius:8px;margin:8px 0;content-visibility:auto;contain-intrinsic-size:auto 44px}
        details.doc[open]{contain-intrinsic-size:auto 600px}
        details.doc>summary{cursor:pointer;padding:8px 12px;list-style-position:inside}
        details.doc.failed{border-color:#e3a19b}
        summary .n{color:var(--muted);font-variant-numeric:tabular-nums}summary .t{font-weight:600}summary .i{color:var(--muted);font-size:.85em}
        .chip{display:inline-block;border-radius:10px;padding:0 8px;font-size:.8em;margin-left:4px;background:var(--soft);border:1px solid var(--line)}
        .chip.favor{color:var(--fav);border-color:var(--fav)}.chip.against{color:var(--ag);border-color:var(--ag)}.chip.err{color:#fff;background:var(--ag);border-color:var(--ag)}
        .body{padding:0 14px 12px}
        dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:0 12px;font-size:.88em;margin:4px 0 8px}
        dl.meta dt{color:var(--muted)}dl.meta dd{margin:0;overflow-wrap:anywhere}
        .error{border:2px solid var(--ag);background:#fdecea;color:#5b1a16;border-radius:6px;padding:8px 12px}
        .error p{margin:.2em 0}.error .msg{white-space:pre-wrap;overflow-wrap:anywhere}
        table.stance{margin:6px 0 10px;width:100%}table.stance td:nth-child(2){min-width:11em}
        .text{white-space:pre-wrap;overflow-wrap:break-word;line-height:1.9;font-size:1em;max-width:75em}
        .s.p1{background:#e0f3e5}.s.p2{background:#cfeed8}.s.p3{background:#ade3bd}
        .s.n1{background:#fbe4e2}.s.n2{background:#f7d4d1}.s.n3{background:#f0b2ac}
        .sw.p2{background:#cfeed8}.sw.n2{background:#f7d4d1}.sw{border:1px solid var(--line)}
        .s.ev{outline:2px solid #7c5cc4;outline-offset:1px;border-radius:2px}.s.ev.own{outline:1px dashed #7c5cc4}
        .badge{display:inline-block;white-space:normal;line-height:1.35;font-size:.78em;border-radius:4px;padding:1px 6px;margin:0 2px;background:#f1ecfb;border:1px solid #7c5cc4;color:#3d2a73}
        .badge.favor{border-left:4px solid var(--fav)}.badge.against{border-left:4px solid var(--ag)}.badge a{color:inherit}
        b.cue{font-weight:700;text-decoration:underline 2px}b.cue.pos{text-decoration-color:var(--fav)}b.cue.neg{text-decoration-color:var(--ag)}
        mark{border-radius:3px;padding:1px 2px;color:inherit;border-bottom:2px solid rgba(0,0,0,.25)}
        mark::after{font-size:.62em;font-weight:700;margin-left:3px;vertical-align:1px;opacity:.75;letter-spacing:.02em}
        .e-person{background:#fde0b5}.e-person::after{content:"PERSON"}
        .e-org{background:#cfe2ff}.e-org::after{content:"ORG"}
        .e-gpe{background:#c8ecc5}.e-gpe::after{content:"GPE"}
        .e-loc{background:#bfeae6}.e-loc::after{content:"LOC"}
        .e-norp{background:#e6d5fa}.e-norp::after{content:"NORP"}
        .e-fac{background:#f7d0e3}.e-fac::after{content:"FAC"}
        .e-event{background:#fff0a0}.e-event::after{content:"EVENT"}
        .e-misc{background:#e2e4e7}.e-misc::after{content:"MISC"}
        .e-other{background:#f2dcc7}.e-other::after{content:attr(data-l)}
        .sw::after{content:none}
        :target{scroll-margin-top:60px}
        tr:target,.s:target{animation:flash 2s ease-out 1}
        @keyframes flash{from{background:#ffe98a}}
        @media print{
        .controls{display:none}
        details.doc,details.doc[hidden]{display:block!important;content-visibility:visible;break-inside:avoid-page}
        a{color:inherit;text-decoration:none}
        header,main{max-width:none}
        }
        @media print{details.doc::details-content{content-visibility:visible;display:block}}
        """
}
