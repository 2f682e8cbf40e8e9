#!/usr/bin/env python3
"""Writes the large evaluation pages (large_*.html + .expected.txt + w3m/lynx dumps): real-sized pages (60-300 KB)
in the shapes of several CMS families. The families differ in STRUCTURE, not only text: mega-menus, inline
scripts and JSON state (__NEXT_DATA__, window.__INITIAL_STATE__, Fusion), SVG sprites, teaser rails of up to
80 cards with prose ledes, comment threads, cookie walls, newsletter bars, author bios, inline promos, pull
quotes, galleries with credits, embeds, paywalls, live blogs, bodies split over sibling containers, div soup
without <p>, <article> used for teasers, tables and footnotes.

The label (.expected.txt) is written from the article's blocks, never from the page: paragraphs, in-body
headings, list items, quotes, embedded tweet text, figure captions (not credits), table captions and cells,
footnotes, live-blog times and entries. Not labelled: title, byline, date, promos, pull quotes (they repeat
the body), video placeholders, ads, related, comments, tags, share, bios, newsletter and paywall prompts.
    python3 generate_large.py   (from this folder; needs w3m and lynx)"""
import html, json, os, subprocess, zlib
from prose import Prose

OUT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
e = html.escape


def crc(text):
    return zlib.crc32(text.encode())


# ---------- the article: blocks, and the label written from them ----------
def article(p, paras=14, h2=3, lists=1, quotes=1, figs=1, promos=1, pulls=0, tweets=0, videos=0, table=False, fns=0, ru=False):
    para = p.ru_paragraph if ru else p.paragraph
    body = [("p", para()) for _ in range(paras)]
    r = p.r

    def put(block, lo=1):
        body.insert(r.randint(lo, len(body) - 1), block)
    for _ in range(h2):
        put(("h2", p.subhead()), 2)
    for _ in range(lists):
        put(("ul", p.items(r.randint(3, 5))))
    for _ in range(quotes):
        put(("quote", p.sentence() + " " + p.sentence()))
    for i in range(figs):
        put(("fig", f"/img/{r.randint(1000, 9999)}.jpg", p.sentence(), r.choice(["Photograph: Reuters", "Photo: Getty Images", "AFP via Getty Images", "Credit: Jane Ito for The Ledger"])))
    for _ in range(promos):
        put(("promo", p.headline()), 2)
    for _ in range(pulls):
        src = next(b for b in body[3:] if b[0] == "p")[1]
        put(("pull", src.split(". ")[0] + "."), 3)
    for _ in range(tweets):
        put(("tweet", p.sentence(), "@" + p.name().split()[0].lower() + "_news"), 2)
    for _ in range(videos):
        put(("video", p.headline()), 2)
    if table:
        rows = [["Region", "2021", "2022", "2023"]] + [[p.r.choice(["North", "South", "Coast", "Capital", "Interior", "Islands"]) + f" {i}", *(str(p.r.randint(10, 999)) for _ in range(3))] for i in range(6)]
        put(("table", "Table 1. " + p.subhead(), rows), 3)
    if fns:
        notes = [p.sentence() for _ in range(fns)]
        body.append(("fn", notes))
    return {"title": p.headline(), "author": p.name(), "body": body, "lede": p.sentence()}


def expected(a):
    out = []
    for b in a["body"]:
        k = b[0]
        if k in ("p", "h2", "quote", "tweet"):
            out.append(b[1])
        elif k in ("ul", "ol", "fn"):
            out.extend(b[1])
        elif k == "fig":
            out.append(b[2])
        elif k == "table":
            out.append(b[1])
            out.extend(" ".join(r) for r in b[2])
        elif k == "live":
            out.append(b[1])
            out.append(b[2])
            out.extend(b[3])
    return "\n\n".join(out) + "\n"


def text_of(a):
    return [b[1] for b in a["body"] if b[0] == "p"]


# ---------- chrome ----------
SECTIONS = ["News", "World", "Business", "Markets", "Politics", "Opinion", "Science", "Climate", "Culture", "Sport", "Travel", "Video"]


def mega_menu(p, cls="mega-menu", tag="nav", per=(5, 9)):
    cols = []
    for s in SECTIONS:
        links = "".join(f'<li class="{cls}__item"><a class="{cls}__link" href="/{s.lower()}/{i}">{e(p.subhead())}</a></li>' for i in range(p.r.randint(*per)))
        cols.append(f'<li class="{cls}__section"><a href="/{s.lower()}/" class="{cls}__heading">{s}</a><div class="{cls}__panel"><ul class="{cls}__list">{links}</ul></div></li>')
    return f'<{tag} class="{cls}" aria-label="Main"><button class="{cls}__toggle" aria-expanded="false"><svg width="24" height="24"><use href="#icon-menu"/></svg>Menu</button><ul class="{cls}__sections">{"".join(cols)}</ul></{tag}>'


def svg_sprite(r, n=18):
    symbols = []
    for i in range(n):
        d = " ".join(f"{c}{r.randint(0, 240)}.{r.randint(0, 99)} {r.randint(0, 240)}.{r.randint(0, 99)}" for c in r.choices("MLCQ", k=150))
        symbols.append(f'<symbol id="icon-{i}" viewBox="0 0 240 240"><title>icon {i}</title><path d="{d}z"/></symbol>')
    return '<svg xmlns="http://www.w3.org/2000/svg" style="display:none">' + "".join(symbols) + "</svg>"


def inline_css(r, n=120):
    rules = []
    for i in range(n):
        rules.append(f".c{r.randint(1000, 99999)}{{margin:{r.randint(0, 40)}px {r.randint(0, 40)}px;font:{r.randint(12, 32)}px/1.{r.randint(1, 9)} Georgia,serif;color:#{r.randint(0, 0xFFFFFF):06x}}}")
    return "<style>" + "".join(rules) + "</style>"


def analytics(r, n=6):
    parts = []
    for i in range(n):
        parts.append(f'<script>(function(w,d,s,l,i){{w[l]=w[l]||[];w[l].push({{"gtm.start":new Date().getTime(),event:"gtm.js"}});var f=d.getElementsByTagName(s)[0],j=d.createElement(s),dl=l!="dataLayer"?"&l="+l:"";j.async=true;j.src="https://www.googletagmanager.com/gtm.js?id="+i+dl;f.parentNode.insertBefore(j,f);}})(window,document,"script","dataLayer","GTM-{r.randint(100000, 999999)}");window.__ads=window.__ads||[];__ads.push({{slot:"/{r.randint(1000, 9999)}/article/mid_{i}",sizes:[[300,250],[728,90]],targeting:{{section:"news",pos:"{i}",kw:["election","harbour","budget"]}}}});</script>')
    return "\n".join(parts)


def teasers(p, n):
    return [{"headline": p.headline(), "lede": p.lede(), "kicker": p.r.choice(SECTIONS), "url": f"/{p.r.choice(SECTIONS).lower()}/2024/{p.r.randint(1, 12):02d}/{p.r.randint(10000, 99999)}", "img": f"/img/t{p.r.randint(1000, 9999)}.jpg", "time": f"{p.r.randint(1, 23)}h ago"} for _ in range(n)]


def card(t, style):
    h, l, k, u, img = e(t["headline"]), e(t["lede"]), e(t["kicker"]), t["url"], t["img"]
    if style == "article":
        return f'<article class="story-card"><a href="{u}"><img src="{img}" alt=""></a><span class="story-card__kicker">{k}</span><h3 class="story-card__headline"><a href="{u}">{h}</a></h3><p class="story-card__summary">{l}</p><time>{t["time"]}</time></article>'
    if style == "div":
        return f'<div class="css-1x{crc(u) % 999:03d} e1sf2"><a href="{u}" class="css-9yu"><div class="css-k2"><img src="{img}" alt=""></div><div class="css-hd">{h}</div></a><div class="css-pq">{l}</div><div class="css-tm">{t["time"]}</div></div>'
    if style == "li":
        return f'<li class="teaser"><a href="{u}"><h4>{h}</h4></a><p>{l}</p></li>'
    if style == "plain":
        return f'<div class="promo-item"><a href="{u}" class="promo-link"><span class="promo-headline">{h}</span></a><p class="promo-summary">{l}</p></div>'
    return f'<div class="card"><a class="card__link" href="{u}"><h3 class="card__title">{h}</h3></a><p class="card__dek">{l}</p><span class="card__meta">{k} · {t["time"]}</span></div>'


def rail(p, n, style="card", title="More stories", tag="section", cls="rail"):
    return f'<{tag} class="{cls}"><h2 class="{cls}__title">{title}</h2>' + "".join(card(t, style) for t in teasers(p, n)) + f"</{tag}>"


def comments(p, n, nested=True):
    out = []
    for i in range(n):
        reply = f'<ul class="children"><li class="comment depth-2"><div class="comment-author"><b>{e(p.name())}</b></div><div class="comment-text"><p>{e(p.comment())}</p></div></li></ul>' if nested and i % 3 == 0 else ""
        out.append(f'<li class="comment depth-1" id="comment-{i}"><div class="comment-author vcard"><img src="/avatar/{i}.png" alt=""><b class="fn">{e(p.name())}</b> <span class="says">says:</span></div><div class="comment-meta"><a href="#comment-{i}">{p.r.randint(1, 28)} March 2024 at {p.r.randint(1, 12)}:{p.r.randint(10, 59)} pm</a></div><div class="comment-text"><p>{e(p.comment())}</p><p>{e(p.comment())}</p></div><div class="reply"><a href="#respond">Reply</a></div>{reply}</li>')
    return f'<div id="comments" class="comments-area"><h2 class="comments-title">{n} responses</h2><ol class="comment-list">{"".join(out)}</ol><div id="respond"><h3>Leave a Reply</h3><form><textarea name="comment"></textarea><button>Post Comment</button></form></div></div>'


def bio(p, name, cls="author-bio"):
    return f'<div class="{cls}"><img src="/authors/{name.split()[0].lower()}.jpg" alt="{e(name)}"><div class="{cls}__text"><h4>About {e(name)}</h4><p>{e(name)} is a senior correspondent who has covered the region for more than a decade. Previously {e(p.sentence().lower())}</p><a href="/authors/{name.split()[0].lower()}">More by this author</a></div></div>'


def newsletter_bar(cls="sticky-newsletter"):
    return f'<div class="{cls}"><p><strong>The Morning Brief.</strong> The five stories you need to read today, in your inbox before breakfast. No spam, unsubscribe at any time.</p><form><input type="email" placeholder="Your email address"><button>Sign up</button></form><button class="close">×</button></div>'


def footer(p, site):
    cols = "".join(f'<div class="footer-col"><h5>{s}</h5><ul>' + "".join(f'<li><a href="/{s.lower()}/{i}">{e(p.subhead())}</a></li>' for i in range(6)) + "</ul></div>" for s in SECTIONS[:8])
    return f'<footer class="site-footer"><div class="footer-grid">{cols}</div><p class="legal">© 2024 {e(site)} Media Group. All rights reserved. Registered in England and Wales. No part of this site may be reproduced without our permission.</p><ul class="legal-links"><li><a href="/terms">Terms</a></li><li><a href="/privacy">Privacy</a></li><li><a href="/cookies">Cookie settings</a></li><li><a href="/accessibility">Accessibility</a></li></ul></footer>'


def head(a, site, url, extra="", ld=True, lang="en", typ="NewsArticle"):
    h = f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8"><title>{e(a["title"])} | {e(site)}</title><link rel="canonical" href="{url}"><meta name="viewport" content="width=device-width, initial-scale=1">'
    h += f'<meta property="og:type" content="article"><meta property="og:title" content="{e(a["title"])}"><meta property="og:site_name" content="{e(site)}"><meta name="description" content="{e(a["lede"])}"><meta property="article:published_time" content="2024-03-14T07:30:00Z">'
    if ld:
        h += '<script type="application/ld+json">' + json.dumps({"@context": "https://schema.org", "@type": typ, "headline": a["title"], "datePublished": "2024-03-14T07:30:00Z", "author": [{"@type": "Person", "name": a["author"]}], "publisher": {"@type": "Organization", "name": site}}) + "</script>"
    return h + extra + "</head>\n"


# ---------- body blocks per family ----------
def blocks(a, p="p", h="h2", quote="blockquote", fig=None, promo=None, pull=None, ad=None, wrap=None, tweet=None, video=None):
    out = []
    for b in a["body"]:
        k = b[0]
        if k == "p":
            out.append(p(b[1]) if callable(p) else f"<{p}>{e(b[1])}</{p}>")
        elif k == "h2":
            out.append(f"<{h}>{e(b[1])}</{h}>")
        elif k in ("ul", "ol"):
            out.append(f"<{k}>" + "".join(f"<li>{e(i)}</li>" for i in b[1]) + f"</{k}>")
        elif k == "quote":
            out.append(f"<{quote}><p>{e(b[1])}</p></{quote.split()[0]}>")
        elif k == "fig":
            out.append(fig(b) if fig else f'<figure><img src="{b[1]}" alt=""><figcaption>{e(b[2])} <span class="credit">{e(b[3])}</span></figcaption></figure>')
        elif k == "promo":
            out.append(promo(b) if promo else f'<p class="read-more-inline"><strong>Read more:</strong> <a href="/x/{crc(b[1]) % 99999}">{e(b[1])}</a></p>')
        elif k == "pull":
            out.append(pull(b) if pull else f'<aside class="pullquote"><blockquote>{e(b[1])}</blockquote></aside>')
        elif k == "tweet":
            out.append(tweet(b) if tweet else f'<blockquote class="twitter-tweet"><p lang="en" dir="ltr">{e(b[1])}</p>&mdash; Newsroom ({b[2]}) <a href="https://twitter.com/x/status/{crc(b[1]) % 10**12}">March 14, 2024</a></blockquote><script async src="https://platform.twitter.com/widgets.js"></script>')
        elif k == "video":
            out.append(video(b) if video else f'<div class="video-player" data-video-id="v{crc(b[1]) % 99999}"><div class="video-player__poster"><img src="/v.jpg" alt=""><button aria-label="Play video">▶</button></div><p class="video-player__title">Watch: {e(b[1])}</p><span class="video-player__duration">02:41</span></div>')
        elif k == "table":
            rows = b[2]
            out.append(f"<table><caption>{e(b[1])}</caption><thead><tr>" + "".join(f"<th>{c}</th>" for c in rows[0]) + "</tr></thead><tbody>" + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows[1:]) + "</tbody></table>")
        elif k == "fn":
            out.append('<section class="footnotes"><h2>Notes</h2><ol>' + "".join(f'<li id="fn{i + 1}">{e(n)} <a href="#fnref{i + 1}">↩</a></li>' for i, n in enumerate(b[1])) + "</ol></section>")
        if ad and k == "p" and len(out) % 5 == 0:
            out.append(ad)
    return out


AD = '<div class="ad-slot ad-slot--inline" data-ad="mid"><span class="ad-label">Advertisement</span><div id="div-gpt-ad-1"></div></div>'


# ---------- families ----------
def next_news(seed, live=False, site="The Daily Current"):
    """Next.js: div soup with hashed classes, no <p>, a huge __NEXT_DATA__ holding the story and the rails."""
    pr = Prose(seed)
    a = article(pr, paras=16, promos=2, videos=1, tweets=1)
    rail_items = teasers(pr, 60)
    state = {"props": {"pageProps": {"story": {"headline": a["title"], "body": [{"type": "paragraph", "text": t} for t in text_of(a)]}, "rails": rail_items}}, "page": "/[section]/[slug]", "buildId": "x9f2"}
    div = lambda t: f'<div class="css-at9mc1 evys1bk0">{e(t)}</div>'
    body = blocks(a, p=div, h='h2 class="css-1l2y4 e1v7"', quote='blockquote class="css-qt"', ad='<div class="css-ad1" data-testid="ad-slot"><div class="css-adl">Advertisement</div></div>')
    rail_html = '<div class="css-rail e1rail">' + "".join(card(t, "div") for t in rail_items[:40]) + "</div>"
    return a, head(a, site, f"https://www.dailycurrent.example/news/{seed}") + f'''<body><div id="__next">{svg_sprite(pr.r)}
<div class="css-hdr"><a href="/" class="css-logo">{site}</a>{mega_menu(pr, "css-nav", "div")}</div>
<div class="css-page"><div class="css-main">
<div class="css-head"><div class="css-kick">Business</div><h1 class="css-h1">{e(a["title"])}</h1><div class="css-sub">{e(a["lede"])}</div><div class="css-by">By {e(a["author"])}</div><div class="css-dt">March 14, 2024</div></div>
<div class="css-body">{"".join(body)}</div>
<div class="css-tags"><a href="/t/1">Trade</a><a href="/t/2">Ports</a><a href="/t/3">Economy</a></div>
</div><div class="css-side">{rail_html}</div></div>
<div class="css-more">{"".join(card(t, "div") for t in rail_items[40:])}</div>
{footer(pr, site)}</div>
<script id="__NEXT_DATA__" type="application/json">{json.dumps(state)}</script>{analytics(pr.r)}</body></html>'''


def live_blog(seed, site="Metro Live"):
    """A live blog: timestamped entries, each an <article>, beside a rail of teaser <article>s; JSON state."""
    pr = Prose(seed)
    a = {"title": pr.headline(), "author": pr.name(), "lede": pr.sentence(), "body": []}
    a["body"].append(("p", pr.paragraph()))
    for i in range(18):
        a["body"].append(("live", f"{14 - i // 2:02d}:{59 - i * 3:02d}", pr.headline(), [pr.paragraph(2, 4) for _ in range(pr.r.randint(1, 3))]))
    entries = []
    for b in a["body"][1:]:
        entries.append(f'<article class="live-entry" id="e{b[1]}"><header class="live-entry__header"><time class="live-entry__time">{b[1]}</time><h2 class="live-entry__title">{e(b[2])}</h2></header><div class="live-entry__body">' + "".join(f"<p>{e(x)}</p>" for x in b[3]) + '</div><div class="live-entry__share"><button>Share</button></div></article>')
    state = {"liveblog": {"entries": [{"t": b[1], "h": b[2]} for b in a["body"][1:]]}}
    return a, head(a, site, f"https://metrolive.example/live/{seed}", typ="LiveBlogPosting") + f'''<body>{svg_sprite(pr.r, 10)}<header class="masthead">{mega_menu(pr)}</header>
<main id="main"><div class="live-layout"><div class="live-main"><h1>{e(a["title"])}</h1><div class="live-meta">Updated 14:59 · By {e(a["author"])}</div>
<div class="live-summary"><p>{e(a["body"][0][1])}</p></div>
<div class="live-stream">{"".join(entries)}</div><button class="load-more">Load more updates</button></div>
<div class="live-aside"><h2>Latest</h2>{"".join(card(t, "article") for t in teasers(pr, 30))}</div></div></main>
{footer(pr, site)}<script>window.__INITIAL_STATE__={json.dumps(state)};</script>{analytics(pr.r)}</body></html>'''


def wp_news(seed, site="Harbour Herald", article_teasers=False, nested_comments=12, bio_box=True, sticky=True):
    """WordPress news theme: mega-menu, inline read-more promos, author bio, related posts as <article>s, a comment thread."""
    pr = Prose(seed)
    a = article(pr, paras=15, promos=2, pulls=1, figs=2)
    rel = "".join(card(t, "article") for t in teasers(pr, 24)) if article_teasers else rail(pr, 24, "card", "Related posts", "div", "related-posts")
    return a, head(a, site, f"https://harbourherald.example/2024/03/{seed}/", extra=inline_css(pr.r)) + f'''<body class="post-template-default single single-post">
{svg_sprite(pr.r, 14)}
<div id="page" class="site"><header id="masthead" class="site-header"><div class="site-branding"><a href="/">{site}</a></div>{mega_menu(pr, "main-navigation", "nav")}</header>
<div class="breaking-ticker"><span>Breaking</span> <a href="/b">{e(pr.headline())}</a></div>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-88" class="post type-post status-publish hentry">
<header class="entry-header"><span class="cat-links"><a href="/c/news">News</a></span><h1 class="entry-title">{e(a["title"])}</h1><div class="entry-meta">By <span class="author vcard"><a href="/author/x">{e(a["author"])}</a></span> <time class="entry-date" datetime="2024-03-14">March 14, 2024</time></div></header>
<div class="post-thumbnail"><img src="/img/lead.jpg" alt=""></div>
<div class="entry-content">{"".join(blocks(a, ad=AD))}</div>
<footer class="entry-footer"><span class="tags-links">Tags: <a href="/t/1">harbour</a>, <a href="/t/2">budget</a></span></footer>
{bio(pr, a["author"]) if bio_box else ""}
</article>
<div class="related-section"><h2>You may also like</h2>{rel}</div>
{comments(pr, nested_comments)}
</main></div><aside id="secondary" class="widget-area"><section class="widget"><h2 class="widget-title">Most read</h2><ol>{"".join(f'<li><a href="/m/{i}">{e(pr.headline())}</a></li>' for i in range(10))}</ol></section>{rail(pr, 12, "li", "Latest news", "section", "widget latest")}</aside></div>
{newsletter_bar() if sticky else ""}{footer(pr, site)}</div>{analytics(pr.r, 8)}</body></html>'''


def arc_split(seed, site="The Capital Post", paywall=False):
    """Arc-style: the body split over many sibling containers between ads and promos, Fusion JSON state."""
    pr = Prose(seed)
    a = article(pr, paras=18, promos=2, figs=2, quotes=1)
    if paywall:
        a["body"] = a["body"][:8]
    parts, chunk = [], []
    for html_block in blocks(a, p='p class="font--body font-copy"', fig=lambda b: f'<figure class="inline-photo"><img src="{b[1]}" alt=""><figcaption><span class="caption">{e(b[2])}</span> <span class="credit">({e(b[3])})</span></figcaption></figure>', promo=lambda b: f'<div class="interstitial-link"><a href="/p/{crc(b[1]) % 9999}">{e(b[1])}</a></div>'):
        chunk.append(html_block)
        if len(chunk) == 4:
            parts.append(chunk)
            chunk = []
    if chunk:
        parts.append(chunk)
    body = "".join(f'<div class="article-body grid-center" data-qa="article-body-{i}">{"".join(c)}</div><div class="ad-container"><div class="ad-slot" id="slug_inline_{i}">Advertisement</div></div>' for i, c in enumerate(parts))
    wall = '<div class="paywall-overlay" data-qa="paywall"><h2>Keep reading with a subscription</h2><p>Get unlimited access to award-winning journalism. Cancel anytime. Already a subscriber? Sign in to continue reading this story and every story on the site.</p><a href="/subscribe">Subscribe</a></div>' if paywall else ""
    fusion = {"globalContent": {"headlines": {"basic": a["title"]}, "content_elements": [{"type": "text", "content": t} for t in text_of(a)] + [{"type": "text", "content": pr.paragraph()} for _ in range(10 if paywall else 0)]}, "feeds": teasers(pr, 40)}
    return a, head(a, site, f"https://capitalpost.example/world/2024/03/14/{seed}/") + f'''<body><div id="fusion-app" class="layout">{svg_sprite(pr.r, 12)}
<header class="site-header">{mega_menu(pr, "sections-menu", "nav", (6, 10))}</header>
<main><div class="story-layout"><div class="story-headline"><h1 data-qa="headline">{e(a["title"])}</h1><p class="subheadline">{e(a["lede"])}</p><div class="byline" data-qa="author-name">By {e(a["author"])}</div><div class="display-date">March 14, 2024 at 7:30 a.m. EDT</div></div>
{body}{wall}
<div class="gift-article"><button>Gift Article</button><button>Share</button><button>Comment</button></div></div>
<div class="right-rail">{rail(pr, 20, "plain", "Most Read", "div", "most-read-rail")}</div></main>
<section class="homepage-teasers">{rail(pr, 40, "card", "More from World", "div", "chain-teasers")}</section>
{footer(pr, site)}</div><script id="fusion-metadata">window.Fusion=window.Fusion||{{}};Fusion.globalContent={json.dumps(fusion)};</script>{analytics(pr.r)}</body></html>'''


def bbc_blocks(seed, site="National Broadcaster", split_article_teasers=True):
    """Blocks as components inside <article>: each paragraph in a text-block div; teasers also marked up as <article>."""
    pr = Prose(seed)
    a = article(pr, paras=14, figs=2, videos=1, promos=1)
    comp = lambda t: f'<div data-component="text-block" class="ssrcss-11r1m41-RichTextComponentWrapper"><div class="ssrcss-7uxr49-RichTextContainer"><p class="ssrcss-1q0x1qg-Paragraph">{e(t)}</p></div></div>'
    fig = lambda b: f'<div data-component="image-block"><figure><img src="{b[1]}" alt=""><span class="ssrcss-copyright">{e(b[3])}</span><figcaption class="ssrcss-caption">{e(b[2])}</figcaption></figure></div>'
    vid = lambda b: f'<div data-component="video-block"><div class="ssrcss-media-player"><button>Play</button><p>Media caption, {e(b[1])}</p></div></div>'
    promo = lambda b: f'<div data-component="links-block"><ul><li><a href="/news/{crc(b[1]) % 99999}">{e(b[1])}</a></li></ul></div>'
    teaser_html = "".join(card(t, "article") for t in teasers(pr, 36)) if split_article_teasers else rail(pr, 36)
    return a, head(a, site, f"https://broadcaster.example/news/world-{seed}") + f'''<body>{svg_sprite(pr.r, 20)}
<div id="orb-banner"><header role="banner"><a href="/">{site}</a>{mega_menu(pr, "ssrcss-nav", "nav", (4, 7))}</header></div>
<div id="main-wrapper"><main id="main-content" role="main">
<article class="ssrcss-pv1rh6-ArticleWrapper"><header><h1 id="main-heading">{e(a["title"])}</h1></header><div data-component="byline-block"><span>{e(a["author"])}</span><span>Diplomatic correspondent</span></div><time datetime="2024-03-14">14 March 2024</time>
{"".join(blocks(a, p=comp, h='h2 class="ssrcss-subhead"', fig=fig, video=vid, promo=promo))}
<div data-component="topic-list"><h2>Related Topics</h2><ul><li><a href="/t/a">Shipping</a></li><li><a href="/t/b">Trade</a></li></ul></div></article>
<section data-component="more-on-this-story"><h2>More on this story</h2>{teaser_html}</section>
</main></div>
<div class="top-stories"><h2>Top Stories</h2>{"".join(card(t, "article") for t in teasers(pr, 20))}</div>
{footer(pr, site)}{analytics(pr.r)}</body></html>'''


def guardian(seed, site="The Ledger", gallery=False):
    """Pull quotes, a support appeal inside the body, a gallery with captions and credits, a rich-link promo."""
    pr = Prose(seed)
    a = article(pr, paras=5 if gallery else 15, pulls=0 if gallery else 2, figs=9 if gallery else 2, promos=1, h2=1 if gallery else 3)
    fig = lambda b: f'<figure class="element element-image" data-component="image"><img src="{b[1]}" alt=""><figcaption class="caption"><span class="inline-icon">◆</span>{e(b[2])} <span class="credit">{e(b[3])}</span></figcaption></figure>'
    pull = lambda b: f'<aside class="element element-pullquote"><blockquote><p>{e(b[1])}</p></blockquote></aside>'
    promo = lambda b: f'<aside class="element element-rich-link"><p><span>Related: </span><a href="/r/{crc(b[1]) % 9999}">{e(b[1])}</a></p></aside>'
    body = blocks(a, fig=fig, pull=pull, promo=promo)
    epic = '<div class="contributions__epic"><h2>… we have a small favour to ask</h2><p>Millions of readers rely on our independent journalism every day. We have no shareholders and no billionaire owner, so our reporting stays free from commercial and political influence. If there were ever a time to join us, it is now: every contribution, however big or small, powers our journalism.</p><a href="/support">Support us</a></div>'
    body.insert(len(body) - 1, epic)
    return a, head(a, site, f"https://ledger.example/world/2024/mar/14/{seed}") + f'''<body><div class="l-side-margins">{svg_sprite(pr.r, 16)}<header>{mega_menu(pr, "pillars", "nav", (6, 12))}</header>
<main data-gu-name="body"><div class="content__head"><div class="content__labels"><a href="/world">World news</a></div><h1 class="content__headline">{e(a["title"])}</h1><div class="content__standfirst"><p>{e(a["lede"])}</p></div><p class="byline"><a rel="author" href="/profile/x">{e(a["author"])}</a> in Lisbon</p><p class="content__dateline">Thu 14 Mar 2024 07.30 GMT</p></div>
<div class="content__main-column"><div class="content__article-body from-content-api js-article__body" itemprop="articleBody">{"".join(body)}</div>
<div class="submeta"><span>Topics</span><ul><li><a href="/t/1">Europe</a></li><li><a href="/t/2">Ports</a></li></ul></div></div></main>
<aside class="onward">{rail(pr, 30, "card", "Most viewed", "section", "most-viewed")}{rail(pr, 25, "plain", "More on this story", "section", "onward-journey")}</aside>
{comments(pr, 20, nested=False)}
{footer(pr, site)}</div>{analytics(pr.r)}</body></html>'''


def medium(seed, site="Medium"):
    """Medium: random two-letter classes (one of them "ad"), body in <section>s of an <article>, claps and responses, big "more from" lists."""
    pr = Prose(seed)
    a = article(pr, paras=14, figs=1, lists=1, promos=0, quotes=1)
    r = pr.r
    tok = lambda: " ".join(r.choice(["ab", "ac", "ad", "ae", "bg", "ch", "ca", "fz", "ga", "gb", "gc", "mk", "ml", "nq"]) for _ in range(r.randint(2, 5)))
    body = blocks(a, p=lambda t: f'<p class="pw-post-body-paragraph {tok()}">{e(t)}</p>', h=f'h2 class="pw-post-heading {tok()}"')
    sections = "".join(f'<section><div class="{tok()}"><div class="ab ca"><div class="ch bg ad ga gb gc">{"".join(body[i:i + 7])}</div></div></div></section>' for i in range(0, len(body), 7))
    more = "".join(f'<div class="{tok()}"><a href="/p/{i}"><h2>{e(t["headline"])}</h2><div><h3>{e(t["lede"])}</h3></div></a><span>{r.randint(3, 12)} min read</span></div>' for i, t in enumerate(teasers(pr, 24)))
    return a, head(a, site, f"https://medium.example/@writer/{seed}", typ="BlogPosting") + f'''<body><div id="root"><div class="a b c">{svg_sprite(r, 24)}
<div class="{tok()}"><div class="nav-bar"><a href="/">Medium</a><a href="/m/signin">Sign in</a><a href="/new-story">Write</a></div></div>
<div class="fc l"><article><div class="l"><div class="ab ca"><div class="ch bg fz ga gb gc">
<div><h1 class="pw-post-title">{e(a["title"])}</h1><div class="speechify-ignore ab"><a href="/@w">{e(a["author"])}</a><button>Follow</button><span>9 min read</span><span>·</span><span>Mar 14, 2024</span></div>
<div class="speechify-ignore ab"><button aria-label="clap">👏</button><span>2.4K</span><button aria-label="responses">51</button><button>Listen</button><button>Share</button></div></div>
{sections}
</div></div></div></article>
<div class="{tok()}"><h2>Written by {e(a["author"])}</h2><p>{r.randint(2, 40)}K Followers</p><p>Economist, translator and occasional essayist. Writing about planning, archives and the long memory of institutions.</p></div>
<div class="{tok()}"><h2>Responses (51)</h2>{"".join(f'<div class="{tok()}"><a href="/@{i}">{e(pr.name())}</a><p>{e(pr.comment())}</p></div>' for i in range(10))}</div>
<div class="{tok()}"><h2>More from {e(a["author"])}</h2>{more}</div>
<div class="{tok()}"><h2>Recommended from Medium</h2>{"".join(card(t, "div") for t in teasers(pr, 20))}</div>
</div></div></div><script>window.__APOLLO_STATE__={json.dumps({"Post:1": {"title": a["title"], "paras": text_of(a)}, "rec": teasers(pr, 20)})}</script>{analytics(r, 4)}</body></html>'''


def substack(seed, site="Field Notes"):
    """A newsletter post whose comment thread holds more prose than the post; subscribe boxes inside the body."""
    pr = Prose(seed)
    a = article(pr, paras=11, promos=0, figs=1, fns=3)
    sub = '<div class="subscription-widget-wrap"><div class="subscription-widget"><p class="cta-caption">Field Notes is a reader-supported publication. To receive new posts and support my work, consider becoming a free or paid subscriber.</p><form><input type="email"><button>Subscribe</button></form></div></div>'
    body = blocks(a)
    body.insert(5, sub)
    thread = "".join(f'<div class="comment"><div class="comment-meta"><a href="/@{i}">{e(pr.name())}</a><span>Mar {i + 1}</span></div><div class="comment-body"><p>{e(pr.comment())} {e(pr.paragraph(1, 3))}</p></div><div class="comment-actions"><button>Like ({i})</button><button>Reply</button></div></div>' for i in range(30))
    return a, head(a, site, f"https://fieldnotes.example/p/{seed}") + f'''<body><div id="entry"><div id="main" class="main typography use-theme-bg">{svg_sprite(pr.r, 30)}
<div class="topbar"><a href="/">{site}</a><a href="/archive">Archive</a><a href="/about">About</a><button>Subscribe</button><button>Sign in</button></div>
<div class="container"><div class="single-post"><div class="post-header"><h1 class="post-title">{e(a["title"])}</h1><h3 class="subtitle">{e(a["lede"])}</h3><div class="post-meta"><a href="/@a">{e(a["author"])}</a><div class="post-date">Mar 14, 2024</div></div></div>
<div class="available-content"><div class="body markup" dir="auto">{"".join(body)}</div></div>
<div class="post-footer"><button>Like</button><button>Share</button></div>
{sub}</div>
<div class="comments-page"><h4>Discussion about this post</h4><div class="comment-list">{thread}</div></div>
<div class="post-recommendations">{rail(pr, 20, "plain", "Ready for more?", "div", "recs")}</div></div>
</div></div><script>window._preloads = {json.dumps({"post": {"body_html": "".join(blocks(a))}, "pub": {"name": site}})}</script>{analytics(pr.r, 3)}</body></html>'''


def thinktank(seed, site="Institute for Northern Studies"):
    """A report page: tables, footnotes, a download box, an experts sidebar with bios, a publications rail."""
    pr = Prose(seed)
    a = article(pr, paras=16, table=True, fns=6, h2=4, promos=0, lists=2)
    experts = "".join(f'<div class="expert-card"><img src="/e/{i}.jpg" alt=""><h4><a href="/experts/{i}">{e(pr.name())}</a></h4><p>Senior Fellow, Energy and Security Program. {e(pr.sentence())}</p></div>' for i in range(4))
    return a, head(a, site, f"https://northstudies.example/research/{seed}", typ="Report") + f'''<body class="page-publication">{svg_sprite(pr.r, 24)}
<header class="site-header"><div class="top-bar"><a href="/donate">Donate</a><a href="/events">Events</a><a href="/experts">Experts</a></div>{mega_menu(pr, "main-menu", "nav", (8, 12))}</header>
<div class="container"><div class="row"><div class="col-md-8"><div class="publication-header"><div class="pub-type">Report</div><h1>{e(a["title"])}</h1><div class="pub-authors">{e(a["author"])}</div><div class="pub-date">March 14, 2024</div></div>
<div class="download-box"><a href="/report.pdf">Download the full report (PDF, 2.4 MB)</a></div>
<div class="publication-body">{"".join(blocks(a))}</div>
<div class="citation-box"><h4>Cite this report</h4><p>{e(a["author"])}. “{e(a["title"])}.” {site}, March 2024.</p></div></div>
<div class="col-md-4"><div class="experts"><h3>Experts</h3>{experts}</div><div class="pub-related">{rail(pr, 15, "li", "Related publications", "div", "pubs")}</div></div></div></div>
{newsletter_bar("signup-cta")}{footer(pr, site)}{analytics(pr.r, 4)}</body></html>'''


def cookie_wall(seed, site="Evening Standard Times"):
    """A full-screen consent wall with a vendor list of prose-like purposes, before an ordinary article."""
    pr = Prose(seed)
    a = article(pr, paras=12, promos=1)
    vendors = "".join(f'<li class="vendor"><h5>{e(pr.name())} Analytics Ltd</h5><p>Purpose: store and access information on a device, measure content performance, develop and improve products, and use limited data to select advertising. Retention: {pr.r.randint(30, 700)} days.</p></li>' for _ in range(40))
    wall = f'<div class="fc-consent-root" id="fc-wall"><div class="fc-dialog-container"><div class="fc-dialog"><h1 class="fc-dialog-headline">{site} asks for your consent to use your personal data to:</h1><p class="fc-dialog-body">Personalised advertising and content, advertising and content measurement, audience research and services development. Your personal data will be processed and information from your device (cookies, unique identifiers, and other device data) may be stored by, accessed by and shared with 842 TCF vendors and 63 ad partners, or used specifically by this site or app.</p><ul class="fc-vendor-list">{vendors}</ul><button class="fc-cta-consent">Consent</button><button class="fc-cta-manage-options">Manage options</button></div></div></div>'
    return a, head(a, site, f"https://evening.example/news/{seed}") + f'''<body>{wall}{svg_sprite(pr.r, 8)}<div class="page"><header class="header">{mega_menu(pr, "nav-primary")}</header>
<div class="main-column"><article class="article"><h1>{e(a["title"])}</h1><div class="article-meta"><span class="byline">By {e(a["author"])}</span><span class="date">14 March 2024</span></div>
<div class="article-body">{"".join(blocks(a, ad=AD))}</div></article></div>
<div class="sidebar">{rail(pr, 30, "card", "Trending", "div", "trending")}</div>{footer(pr, site)}</div>{analytics(pr.r)}</body></html>'''


def embeds(seed, site="Pulse Media"):
    """Embedded tweets and videos and an Instagram placeholder inside the body; a body of short paragraphs."""
    pr = Prose(seed)
    a = article(pr, paras=14, tweets=3, videos=2, promos=2, figs=1)
    insta = '<div class="embed embed--instagram"><blockquote class="instagram-media"><a href="https://www.instagram.com/p/x/">View this post on Instagram</a><p>A post shared by Harbour Watch (@harbourwatch)</p></blockquote></div>'
    body = blocks(a, p=lambda t: f'<p class="paragraph">{e(t)}</p>')
    body.insert(6, insta)
    return a, head(a, site, f"https://pulse.example/{seed}") + f'''<body>{svg_sprite(pr.r, 14)}<div class="app">{mega_menu(pr, "header-nav", "div")}
<div class="layout"><article class="post-main"><div class="post-header"><h1>{e(a["title"])}</h1><div class="post-author">{e(a["author"])}</div><div class="post-date">14.03.2024</div></div>
<div class="post-body">{"".join(body)}</div><div class="post-share"><a href="#">Facebook</a><a href="#">X</a><a href="#">WhatsApp</a></div></article>
<div class="feed">{"".join(card(t, "article") for t in teasers(pr, 40))}</div></div>{footer(pr, site)}</div>{analytics(pr.r)}</body></html>'''


def ru_portal(seed, site="Вести Региона"):
    """A Russian regional portal: table-free div layout, long news feed column, Russian prose."""
    pr = Prose(seed)
    a = article(pr, paras=12, h2=2, lists=0, quotes=1, figs=1, promos=1, ru=True)
    feed = "".join(f'<div class="news-feed__item"><span class="news-feed__time">{pr.r.randint(8, 23)}:{pr.r.randint(10, 59)}</span><a href="/news/{i}">{e(pr.ru_sentence())}</a></div>' for i in range(70))
    promo = lambda b: f'<div class="inline-news"><span>Читайте также:</span> <a href="/n/{crc(b[1]) % 9999}">{e(pr.ru_sentence())}</a></div>'
    fig = lambda b: f'<div class="photo"><img src="{b[1]}" alt=""><div class="photo__caption">{e(b[2])}</div><div class="photo__credit">Фото: ТАСС</div></div>'
    a["body"] = [(("fig", b[1], pr.ru_sentence(), b[3]) if b[0] == "fig" else ("h2", pr.ru_sentence()[:40]) if b[0] == "h2" else ("quote", pr.ru_sentence()) if b[0] == "quote" else b) for b in a["body"]]
    a["title"] = pr.ru_sentence()[:70]
    return a, head(a, site, f"https://vesti-region.example/news/{seed}", lang="ru") + f'''<body>{svg_sprite(pr.r, 8)}<div class="wrapper"><div class="header"><a href="/" class="logo">{site}</a>{mega_menu(pr, "menu-top", "div", (6, 9))}</div>
<div class="content"><div class="col-left"><div class="news-feed"><h3>Лента новостей</h3>{feed}</div></div>
<div class="col-center"><div class="article"><h1>{e(a["title"])}</h1><div class="article__date">14 марта 2024, 10:15</div><div class="article__author">{e(a["author"])}</div>
<div class="article__text">{"".join(blocks(a, fig=fig, promo=promo))}</div><div class="article__tags">Теги: <a href="/t/1">экономика</a> <a href="/t/2">транспорт</a></div></div>
{rail(pr, 20, "card", "Главное", "div", "main-news")}</div></div>{footer(pr, site)}</div>{analytics(pr.r, 5)}</body></html>'''


def legacy_tables(seed, site="The County Gazette"):
    """An old table layout: the story in a td beside a long link column; no semantic elements at all."""
    pr = Prose(seed)
    a = article(pr, paras=13, h2=2, quotes=0, figs=0, lists=1, promos=0)
    left = "".join(f'<a href="/s/{i}">{e(pr.subhead())}</a><br>' for i in range(400))
    right = "".join(f'<p class="small"><a href="/n/{i}"><b>{e(t["headline"])}</b></a><br>{e(t["lede"])}</p>' for i, t in enumerate(teasers(pr, 30)))
    body = blocks(a, p="p", h="h3")
    return a, head(a, site, f"https://countygazette.example/story.asp?id={seed}", ld=False) + f'''<body bgcolor="#ffffff">{inline_css(pr.r, 300)}{svg_sprite(pr.r, 10)}<table width="100%" cellpadding="0"><tr><td colspan="3" class="top"><a href="/">{site}</a> | <a href="/news">News</a> | <a href="/sport">Sport</a> | <a href="/classifieds">Classifieds</a></td></tr>
<tr><td width="180" valign="top" class="leftnav">{left}</td><td valign="top" class="story"><font size="5"><b>{e(a["title"])}</b></font><br><i>By {e(a["author"])}, Staff Writer</i><br>March 14, 2024<br><br>{"".join(body)}<br><a href="/print">Print this story</a> | <a href="/email">Email this story</a></td>
<td width="220" valign="top" class="right">{right}</td></tr><tr><td colspan="3">{footer(pr, site)}</td></tr></table>{analytics(pr.r, 3)}</body></html>'''


def listing(seed, site="The Daily Current"):
    """A section front: no article, 80 teaser cards with prose ledes. Expected body: empty."""
    pr = Prose(seed)
    a = {"title": "World news", "author": "", "lede": "", "body": []}
    return a, head(a, site, f"https://dailycurrent.example/world", ld=False).replace('content="article"', 'content="website"') + f'''<body>{svg_sprite(pr.r, 20)}<header>{mega_menu(pr)}</header><main id="main"><h1>World news</h1>
<section class="lead-stories">{"".join(card(t, "article") for t in teasers(pr, 6))}</section>
<section class="stream">{"".join(card(t, "card") for t in teasers(pr, 74))}</section><button>Load more</button></main>{footer(pr, site)}{analytics(pr.r)}</body></html>'''


PAGES = {
    "large_next_divsoup": lambda: next_news(101),
    "large_next_market": lambda: next_news(102, site="Market Current"),
    "large_live_blog": lambda: live_blog(103),
    "large_wp_comments": lambda: wp_news(104),
    "large_wp_article_teasers": lambda: wp_news(105, site="Coast Chronicle", article_teasers=True, nested_comments=25, sticky=False),
    "large_wp_no_bio": lambda: wp_news(106, site="Valley Voice", bio_box=False, nested_comments=4),
    "large_arc_split": lambda: arc_split(107),
    "large_arc_paywall": lambda: arc_split(108, site="Metro Tribune", paywall=True),
    "large_bbc_blocks": lambda: bbc_blocks(109),
    "large_bbc_rail": lambda: bbc_blocks(110, site="Public Radio News", split_article_teasers=False),
    "large_guardian_pullquotes": lambda: guardian(111),
    "large_guardian_gallery": lambda: guardian(112, site="Weekend Observer", gallery=True),
    "large_medium": lambda: medium(113),
    "large_medium_2": lambda: medium(114),
    "large_substack_thread": lambda: substack(115),
    "large_thinktank_report": lambda: thinktank(116),
    "large_cookie_wall": lambda: cookie_wall(117),
    "large_embeds": lambda: embeds(118),
    "large_ru_portal": lambda: ru_portal(119),
    "large_legacy_tables": lambda: legacy_tables(120),
    "large_live_blog_2": lambda: live_blog(121, site="City Desk Live"),
    "large_section_front": lambda: listing(122),
    "large_tag_page": lambda: listing(123, site="Harbour Herald"),
}


def dump(name):
    path = os.path.join(OUT, name + ".html")
    w3m = subprocess.run(["w3m", "-dump", "-cols", "100", "-T", "text/html", path], capture_output=True).stdout.decode("utf-8", "replace")
    lynx = subprocess.run(["lynx", "-dump", "-nolist", "-width", "100", "-display_charset=utf-8", path], capture_output=True).stdout.decode("utf-8", "replace")
    open(os.path.join(OUT, name + ".w3m.txt"), "w").write(w3m)
    open(os.path.join(OUT, name + ".lynx.txt"), "w").write(lynx)


def main():
    for name, make in PAGES.items():
        a, page = make()
        open(os.path.join(OUT, name + ".html"), "w", encoding="utf-8").write(page)
        open(os.path.join(OUT, name + ".expected.txt"), "w", encoding="utf-8").write(expected(a) if a["body"] else "")
        dump(name)
        print(f"{name:32} {len(page.encode()) / 1024:6.1f} KB  label {len(expected(a)) if a['body'] else 0} chars")


main()
