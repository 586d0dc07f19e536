// Element hints from class/id words, role and itemprop values and custom tag names: a word table built
// once, a tokenizer (non-alphanumerics and camelCase split words; lowercase), two-word rules
// ("read more", "article body") and a per-walk cache keyed by the whole attribute value.
#include "html_hints.h"
#include "html_tags.h"
#include <string.h>

enum { NAV = SIFT_HINT_NAV, HEAD = SIFT_HINT_HEADER, FOOT = SIFT_HINT_FOOTER, SIDE = SIFT_HINT_SIDEBAR,
       COMM = SIFT_HINT_COMMENTS, SHARE = SIFT_HINT_SHARE, REL = SIFT_HINT_RELATED, AD = SIFT_HINT_AD,
       PROMPT = SIFT_HINT_PROMPT, BYLINE = SIFT_HINT_BYLINE, DATE = SIFT_HINT_DATE, CAP = SIFT_HINT_CAPTION,
       TAGS = SIFT_HINT_TAGS, HID = SIFT_HINT_HIDDEN, CONT = SIFT_HINT_CONTENT, BODY = SIFT_HINT_BODY,
       TITLE = SIFT_HINT_TITLE, META = SIFT_HINT_META, SUM = SIFT_HINT_SUMMARY, NEG = SIFT_HINT_NEGATIVE };

/// Word groups for the two-word rules.
enum { G_NONE, G_ARTICLE, G_PART, G_READ, G_MORE, G_LIST, G_MOST, G_MOSTX, G_ALSO, G_NEXT, G_YOU, G_MAY,
       G_SEE, G_SIGN, G_UP, G_IMAGE, G_CREDIT, G_SR, G_ONLY, G_SCREEN, G_READER, G_PULL, G_QUOTE, G_RICH,
       G_STATE };

typedef struct Word {
    const char *text;
    uint32_t hints;
    uint8_t group;
    uint8_t prefix; // also matches longer words starting with it
} Word;

// Class, id and tag-name words ('c' table).
static const Word words[] = {
    {"nav", NAV, 0, 1}, {"menu", NAV, 0, 1}, {"breadcrumb", NAV, 0, 1}, {"pagination", NAV, 0, 0},
    {"pager", NAV, 0, 0}, {"paging", NAV, 0, 0}, {"skip", NAV, 0, 0}, {"search", NAV, 0, 1},
    {"topnav", NAV, 0, 0}, {"subnav", NAV, 0, 0}, {"sitenav", NAV, 0, 0}, {"megamenu", NAV, 0, 0},
    {"hamburger", NAV, 0, 0},
    {"header", HEAD, 0, 1}, {"masthead", HEAD, 0, 1}, {"topbar", HEAD, 0, 0},
    {"footer", FOOT, 0, 1}, {"copyright", FOOT, 0, 0}, {"colophon", FOOT, 0, 0},
    {"sidebar", SIDE, 0, 1}, {"aside", SIDE, 0, 0}, {"rail", SIDE, 0, 0}, {"widget", SIDE, 0, 1},
    {"sidebox", SIDE, 0, 0},
    {"comment", COMM, 0, 0}, {"comments", COMM, 0, 0}, {"commentlist", COMM, 0, 0}, {"disqus", COMM, 0, 1},
    {"replies", COMM, 0, 0}, {"reply", COMM, 0, 0}, {"respond", COMM, 0, 0}, {"discussion", COMM, 0, 0},
    {"share", SHARE, 0, 1}, {"sharing", SHARE, 0, 0}, {"social", SHARE, 0, 1}, {"addthis", SHARE, 0, 0},
    {"sharethis", SHARE, 0, 0}, {"follow", SHARE, 0, 0},
    {"related", REL, 0, 1}, {"recommend", REL, 0, 1}, {"trending", REL, 0, 0}, {"popular", REL, G_MOSTX, 0},
    {"mostread", REL, 0, 0}, {"mostpopular", REL, 0, 0}, {"outbrain", REL, 0, 1}, {"taboola", REL, 0, 1},
    {"promo", REL, 0, 1}, {"recirc", REL, 0, 1}, {"readmore", REL, 0, 0}, {"readnext", REL, 0, 0},
    {"upnext", REL, 0, 0}, {"suggested", REL, 0, 0}, {"seealso", REL, 0, 0}, {"morestories", REL, 0, 0},
    {"ad", AD, 0, 0}, {"ads", AD, 0, 0}, {"adv", AD, 0, 0}, {"advert", AD, 0, 1}, {"sponsor", AD, 0, 1},
    {"dfp", AD, 0, 0}, {"adslot", AD, 0, 1}, {"adunit", AD, 0, 1}, {"adsense", AD, 0, 0}, {"adsby", AD, 0, 1},
    {"doubleclick", AD, 0, 0}, {"adcontainer", AD, 0, 0}, {"adwrap", AD, 0, 1},
    {"cookie", PROMPT, 0, 1}, {"consent", PROMPT, 0, 1}, {"gdpr", PROMPT, 0, 0}, {"cmp", PROMPT, 0, 0},
    {"onetrust", PROMPT, 0, 0}, {"newsletter", PROMPT, 0, 1}, {"subscri", PROMPT, 0, 1}, {"signup", PROMPT, 0, 0},
    {"paywall", PROMPT, 0, 1}, {"regwall", PROMPT, 0, 0}, {"login", PROMPT, 0, 0}, {"signin", PROMPT, 0, 0},
    {"register", PROMPT, 0, 0}, {"registration", PROMPT, 0, 0}, {"modal", PROMPT, 0, 1}, {"popup", PROMPT, 0, 1},
    {"overlay", PROMPT, 0, 0}, {"lightbox", PROMPT, 0, 0}, {"interstitial", PROMPT, 0, 0}, {"dialog", PROMPT, 0, 0},
    {"flyout", PROMPT, 0, 0}, {"notification", PROMPT, 0, 1}, {"alert", PROMPT, 0, 0},
    {"byline", BYLINE, 0, 1}, {"author", BYLINE, 0, 1}, {"contributor", BYLINE, 0, 1}, {"writer", BYLINE, 0, 0},
    {"date", DATE, 0, 1}, {"time", DATE, 0, 0}, {"timestamp", DATE, 0, 0}, {"publish", DATE, 0, 1},
    {"pubdate", DATE, 0, 0}, {"updated", DATE, 0, 0}, {"posted", DATE, 0, 0},
    {"caption", CAP, 0, 1}, {"credit", CAP, G_CREDIT, 1}, {"figcaption", CAP, 0, 0}, {"imagecredit", CAP, 0, 0},
    {"tag", TAGS, 0, 0}, {"tags", TAGS, 0, 0}, {"taglist", TAGS, 0, 0}, {"keywords", TAGS, 0, 0},
    {"categories", TAGS, 0, 0}, {"topics", TAGS, 0, 0},
    {"hidden", HID, 0, 0}, {"hide", HID, 0, 0}, {"invisible", HID, 0, 0}, {"offscreen", HID, 0, 0},
    {"sronly", HID, 0, 0}, {"visuallyhidden", HID, 0, 0}, {"screenreader", HID, 0, 1}, {"assistive", HID, 0, 0},
    {"content", CONT, G_PART, 1}, {"article", CONT, G_ARTICLE, 0}, {"story", CONT, G_ARTICLE, 0},
    {"entry", CONT, G_ARTICLE, 0}, {"post", CONT, G_ARTICLE, 0}, {"main", CONT, G_ARTICLE, 0},
    {"text", CONT, G_PART, 0}, {"body", CONT, G_PART | 0, 0}, {"prose", CONT, 0, 0}, {"hentry", CONT, 0, 0},
    {"blog", 0, G_ARTICLE, 0}, {"news", 0, G_ARTICLE, 0}, {"copy", 0, G_PART, 0},
    {"articlebody", BODY, 0, 0}, {"storybody", BODY, 0, 0}, {"entrycontent", BODY, 0, 0},
    {"postcontent", BODY, 0, 0}, {"postbody", BODY, 0, 0}, {"articlecontent", BODY, 0, 0},
    {"storycontent", BODY, 0, 0}, {"articletext", BODY, 0, 0}, {"bodytext", BODY, 0, 0}, {"storytext", BODY, 0, 0},
    {"entrybody", BODY, 0, 0}, {"richtext", BODY, 0, 0}, {"rich", 0, G_RICH, 0},
    {"headline", TITLE, 0, 0}, {"title", TITLE, 0, 0},
    {"meta", META, 0, 1}, {"info", META, 0, 0}, {"postmeta", META, 0, 0}, {"entrymeta", META, 0, 0},
    {"standfirst", SUM, 0, 0}, {"dek", SUM, 0, 0}, {"summary", SUM, 0, 0}, {"subtitle", SUM, 0, 0},
    {"deck", SUM, 0, 0}, {"intro", SUM, 0, 1}, {"subheadline", SUM, 0, 0}, {"excerpt", SUM, 0, 0},
    {"toolbar", NEG, 0, 0}, {"tools", NEG, 0, 0}, {"utility", NEG, 0, 0}, {"utilities", NEG, 0, 0},
    {"button", NEG, 0, 1}, {"btn", NEG, 0, 0}, {"icon", NEG, 0, 1}, {"banner", NEG, 0, 0}, {"extra", NEG, 0, 0},
    {"print", NEG, 0, 0}, {"email", NEG, 0, 0}, {"shoutbox", NEG, 0, 0}, {"skyscraper", NEG, 0, 0},
    {"supplemental", NEG, 0, 0}, {"avatar", NEG, 0, 0}, {"logo", NEG, 0, 1}, {"nocontent", NEG, 0, 0},
    {"pullquote", NEG, 0, 0}, {"rating", NEG, 0, 0}, {"badge", NEG, 0, 0}, {"thumbnail", NEG, 0, 1},
    {"read", 0, G_READ, 0}, {"more", 0, G_MORE, 0}, {"stories", 0, G_LIST, 0}, {"articles", 0, G_LIST, 0},
    {"posts", 0, G_LIST, 0}, {"from", 0, G_LIST, 0}, {"like", 0, G_LIST, 0}, {"most", 0, G_MOST, 0},
    {"viewed", 0, G_MOSTX, 0}, {"shared", 0, G_MOSTX, 0}, {"also", 0, G_ALSO, 0}, {"next", 0, G_NEXT, 0},
    {"prev", 0, G_NEXT, 0}, {"previous", 0, G_NEXT, 0}, {"you", 0, G_YOU, 0}, {"may", 0, G_MAY, 0},
    {"might", 0, G_MAY, 0}, {"see", 0, G_SEE, 0}, {"sign", 0, G_SIGN, 0}, {"up", 0, G_UP, 0},
    {"image", 0, G_IMAGE, 0}, {"photo", 0, G_IMAGE, 0}, {"img", 0, G_IMAGE, 0}, {"sr", 0, G_SR, 0},
    {"only", 0, G_ONLY, 0}, {"screen", 0, G_SCREEN, 0}, {"reader", 0, G_READER, 0}, {"pull", 0, G_PULL, 0},
    {"quote", 0, G_QUOTE, 0},
    // State and layout modifiers: "has-sidebar", "modal-enabled", "no-comments", "with-ads" describe the
    // page or element, not what the element holds; a class name with one of them gives no hint.
    {"has", 0, G_STATE, 0}, {"with", 0, G_STATE, 0}, {"no", 0, G_STATE, 0}, {"enabled", 0, G_STATE, 0},
    {"disabled", 0, G_STATE, 0}, {"active", 0, G_STATE, 0}, {"is", 0, G_STATE, 0}, {"open", 0, G_STATE, 0},
    {"toggle", 0, G_STATE, 0}, {"trigger", 0, G_STATE, 0},
};

/// Two-word rules: a word of group `first` followed by one of group `second`.
static const struct { uint8_t first, second; uint32_t hints; } pairs[] = {
    {G_ARTICLE, G_PART, BODY}, {G_RICH, G_PART, BODY}, {G_READ, G_MORE, REL}, {G_READ, G_NEXT, REL},
    {G_READ, G_ALSO, REL}, {G_ALSO, G_READ, REL}, {G_ALSO, G_LIST, REL}, {G_MORE, G_LIST, REL},
    {G_MORE, G_ARTICLE, REL}, {G_MOST, G_READ, REL}, {G_MOST, G_MOSTX, REL}, {G_NEXT, G_ARTICLE, REL},
    {G_YOU, G_MAY, REL}, {G_SEE, G_ALSO, REL}, {G_SIGN, G_UP, PROMPT}, {G_IMAGE, G_CREDIT, CAP},
    {G_SR, G_ONLY, HID}, {G_SCREEN, G_READER, HID}, {G_PULL, G_QUOTE, NEG},
};

// role ('r') and itemprop ('i') values, whole and lowercase.
static const struct { char table; const char *text; uint32_t hints; } values[] = {
    {'r', "navigation", NAV}, {'r', "menu", NAV}, {'r', "menubar", NAV}, {'r', "search", NAV},
    {'r', "banner", HEAD}, {'r', "contentinfo", FOOT}, {'r', "complementary", SIDE}, {'r', "main", CONT},
    {'r', "article", CONT}, {'r', "dialog", PROMPT}, {'r', "alertdialog", PROMPT}, {'r', "alert", PROMPT},
    {'r', "toolbar", NEG}, {'r', "button", NEG},
    {'i', "articlebody", BODY}, {'i', "reviewbody", BODY}, {'i', "text", CONT}, {'i', "author", BYLINE},
    {'i', "creator", BYLINE}, {'i', "datepublished", DATE}, {'i', "datecreated", DATE},
    {'i', "datemodified", DATE}, {'i', "headline", TITLE}, {'i', "comment", COMM}, {'i', "description", SUM},
    {'i', "keywords", TAGS}, {'i', "caption", CAP},
};

enum { TABLE_SIZE = 1024 };
typedef struct Entry { uint64_t hash; uint32_t hints; uint8_t group; uint8_t used; } Entry;
static Entry table[TABLE_SIZE];
/// Prefix words by first letter ('a'…'z'), each list NULL-terminated.
static const Word *prefixes[26][12];
static uint8_t prefix_lengths[26][12];

static inline uint64_t hash_word(char space, const uint8_t *word, size_t length) {
    uint64_t h = (SIFT_FNV_OFFSET ^ (uint8_t)space) * SIFT_FNV_PRIME;
    for (size_t i = 0; i < length; i++) h = (h ^ word[i]) * SIFT_FNV_PRIME;
    return h | 1;
}

static void insert(char space, const char *text, uint32_t hints, uint8_t group) {
    uint64_t h = hash_word(space, (const uint8_t *)text, strlen(text));
    size_t slot = h & (TABLE_SIZE - 1);
    while (table[slot].used && table[slot].hash != h) slot = (slot + 1) & (TABLE_SIZE - 1);
    table[slot] = (Entry){h, hints, group, 1};
}

void sift_hints_init(void) {
    for (size_t i = 0; i < sizeof(words) / sizeof(words[0]); i++) {
        insert('c', words[i].text, words[i].hints, words[i].group);
        if (!words[i].prefix) continue;
        int letter = words[i].text[0] - 'a';
        for (int k = 0; k < 11; k++) { // at most 11 per letter (7 today); slot 11 stays NULL
            if (prefixes[letter][k]) continue;
            prefixes[letter][k] = &words[i];
            prefix_lengths[letter][k] = (uint8_t)strlen(words[i].text);
            break;
        }
    }
    for (size_t i = 0; i < sizeof(values) / sizeof(values[0]); i++) insert(values[i].table, values[i].text, values[i].hints, 0);
}

static inline const Entry *lookup(char space, const uint8_t *word, size_t length) {
    uint64_t h = hash_word(space, word, length);
    size_t slot = h & (TABLE_SIZE - 1);
    while (table[slot].used) {
        if (table[slot].hash == h) return &table[slot];
        slot = (slot + 1) & (TABLE_SIZE - 1);
    }
    return NULL;
}

/// Hints and group of one lowercase word: an exact entry, else the first prefix entry it starts with.
static uint32_t word_hints(char space, const uint8_t *word, size_t length, uint8_t *group) {
    *group = G_NONE;
    const Entry *entry = lookup(space, word, length);
    if (entry) {
        *group = entry->group;
        return entry->hints;
    }
    if (space != 'c' || length < 4 || word[0] < 'a' || word[0] > 'z') return 0;
    const int letter = word[0] - 'a';
    for (int k = 0; prefixes[letter][k]; k++) {
        size_t n = prefix_lengths[letter][k];
        if (n < length && memcmp(prefixes[letter][k]->text, word, n) == 0) return prefixes[letter][k]->hints;
    }
    return 0;
}

static inline int is_alnum(uint8_t c) { return (uint8_t)((c | 0x20) - 'a') < 26 || (uint8_t)(c - '0') < 10; }
static inline int is_upper(uint8_t c) { return (uint8_t)(c - 'A') < 26; }

/// Splits a value into names (at spaces and other separators) and names into words (at '-', '_' and
/// camelCase); a name's hints are its words' and two-word rules' hints, unless a word is a state modifier.
static uint32_t compute(int from, const uint8_t *value) {
    const char space = from == SIFT_HINT_FROM_ROLE ? 'r' : from == SIFT_HINT_FROM_ITEMPROP ? 'i' : 'c';
    const int camel = space == 'c';
    uint32_t hints = 0, name_hints = 0;
    int modified = 0;
    uint8_t word[32], previous = G_NONE;
    size_t length = 0, i = 0;
    for (;;) {
        uint8_t c = value[i];
        int boundary = !is_alnum(c) || (camel && length > 0 && is_upper(c) && !is_upper(value[i - 1]));
        if (boundary && length > 0) {
            uint8_t group = G_NONE;
            if (length <= sizeof(word)) {
                name_hints |= word_hints(space, word, length, &group);
                for (size_t k = 0; group != G_NONE && previous != G_NONE && k < sizeof(pairs) / sizeof(pairs[0]); k++) {
                    if (pairs[k].first == previous && pairs[k].second == group) name_hints |= pairs[k].hints;
                }
                if (group == G_STATE) modified = 1;
            }
            previous = group;
            length = 0;
        }
        if (c == 0 || (!is_alnum(c) && c != '-' && c != '_')) {
            // End of a name: spaces and other separators end it; '-' and '_' join its words.
            if (!modified) hints |= name_hints;
            name_hints = 0;
            modified = 0;
            previous = G_NONE;
            if (c == 0) break;
        } else if (is_alnum(c)) {
            if (length < sizeof(word)) word[length] = (uint8_t)(c | (is_upper(c) ? 0x20 : 0));
            length++;
        }
        i++;
    }
    return hints;
}

uint32_t sift_hints(SiftHintCache *cache, int from, const uint8_t *value) {
    uint64_t key = SIFT_FNV_OFFSET ^ (uint64_t)from;
    size_t length = 0;
    for (; value[length]; length++) key = (key ^ value[length]) * SIFT_FNV_PRIME;
    key |= 1;
    if (length > 512) return compute(from, value); // not worth caching (and rare)
    size_t slot = key & (SIFT_HINT_CACHE_SIZE - 1);
    if (cache->keys[slot] == key) return cache->values[slot];
    uint32_t hints = compute(from, value);
    cache->keys[slot] = key;
    cache->values[slot] = hints;
    return hints;
}
