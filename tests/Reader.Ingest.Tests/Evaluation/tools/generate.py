#!/usr/bin/env python3
"""Writes the evaluation pages (<name>.html + <name>.expected.txt) from articles.py, each wrapped in the chrome of a
different kind of site, then their w3m and lynx dumps. Run once; the outputs are committed as fixtures.
    python3 generate.py   (from this folder; needs w3m and lynx)"""
import html, json, os, subprocess
from articles import A

OUT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
e = html.escape

def body_html(art, p="p", fig_class="", quote_tag="blockquote", list_class=""):
    out = []
    fn = 0
    for b in art["body"]:
        k = b[0]
        if k == "p":
            t = e(b[1])
            for i in range(1, 4):
                t = t.replace(f"[{i}]", f'<sup><a href="#fn{i}" id="fnref{i}">{i}</a></sup>')
            out.append(f"<{p}>{t}</{p}>" if p != "br" else t + "<br><br>")
        elif k == "h2": out.append(f"<h2>{e(b[1])}</h2>")
        elif k in ("ul", "ol"): out.append(f'<{k}{list_class}>' + "".join(f"<li>{e(i)}</li>" for i in b[1]) + f"</{k}>")
        elif k == "quote": out.append(f"<{quote_tag}><p>{e(b[1])}</p></{quote_tag}>")
        elif k == "fig": out.append(f'<figure{fig_class}><img src="{b[1]}" alt="chart"><figcaption>{e(b[2])}</figcaption></figure>')
        elif k == "table":
            rows = b[2]
            t = f"<table><caption>{e(b[1])}</caption><thead><tr>" + "".join(f"<th>{c}</th>" for c in rows[0]) + "</tr></thead><tbody>"
            t += "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows[1:]) + "</tbody></table>"
            out.append(t)
        elif k == "fn":
            out.append('<section class="footnotes"><h2>Notes</h2><ol>' + "".join(f'<li id="fn{i+1}">{e(n)} <a href="#fnref{i+1}">↩</a></li>' for i, n in enumerate(b[1])) + "</ol></section>")
    return "\n".join(out)

def expected(art):
    lines = []
    for b in art["body"]:
        k = b[0]
        if k in ("p", "h2", "quote"):
            t = b[1]
            for i in range(1, 4): t = t.replace(f"[{i}]", str(i))
            lines.append(t)
        elif k in ("ul", "ol", "fn"): lines.extend(b[1])
        elif k == "fig": lines.append(b[2])
        elif k == "table":
            lines.append(b[1]); lines.extend(" ".join(r) for r in b[2])
    return "\n\n".join(lines) + "\n"

MENU = ["Home", "World", "Politics", "Economy", "Security", "Climate", "Culture", "Opinion", "Podcasts", "About"]
def nav(cls="main-navigation", items=MENU):
    return f'<nav class="{cls}"><ul>' + "".join(f'<li><a href="/{i.lower()}/">{i}</a></li>' for i in items) + "</ul></nav>"
def related(title="Related articles", tag="aside", cls="related-posts"):
    heads = ["Sanctions and the limits of leverage", "A new era for Baltic security", "The trouble with growth forecasts", "How elections are won in the provinces"]
    return f'<{tag} class="{cls}"><h3>{title}</h3><ul>' + "".join(f'<li><a href="/2023/{i}/">{h}</a></li>' for i, h in enumerate(heads)) + f"</ul></{tag}>"
def newsletter(cls="newsletter-signup"):
    return f'<div class="{cls}"><h3>Get our weekly briefing</h3><p>Sign up for our newsletter and receive the best analysis in your inbox every Friday.</p><form><input type="email" placeholder="Email"><button>Subscribe</button></form></div>'
def footer(site):
    return f'<footer class="site-footer"><div class="footer-links"><a href="/about">About us</a> <a href="/contact">Contact</a> <a href="/privacy">Privacy policy</a> <a href="/terms">Terms of use</a></div><p>© 2024 {e(site)}. All rights reserved.</p></footer>'
def share():
    return '<div class="share-buttons"><span>Share this article</span> <a href="https://twitter.com/share">Twitter</a> <a href="https://facebook.com/sharer">Facebook</a> <a href="mailto:?">Email</a></div>'
def sidebar():
    return '<div id="sidebar" class="widget-area"><section class="widget widget_recent_entries"><h2 class="widget-title">Recent posts</h2><ul><li><a href="/a">On reading old newspapers</a></li><li><a href="/b">The quiet diplomats</a></li><li><a href="/c">Letters from Vladivostok</a></li></ul></section><section class="widget widget_text"><h2 class="widget-title">About this blog</h2><div class="textwidget"><p>Essays on politics, history and books, written slowly and published when they are ready.</p></div></section></div>'

COOKIE = {
 "onetrust": '<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat"><div id="onetrust-policy"><p id="onetrust-policy-text">We use cookies and similar technologies to improve your experience, measure audiences and show you personalised advertising. By clicking “Accept All Cookies”, you agree to the storing of cookies on your device.</p></div><button id="onetrust-accept-btn-handler">Accept All Cookies</button><button id="onetrust-pc-btn-handler">Cookie Settings</button></div></div>',
 "cookiebot": '<div id="CybotCookiebotDialog" role="dialog"><h2>This website uses cookies</h2><p>We use cookies to personalise content and ads, to provide social media features and to analyse our traffic. We also share information about your use of our site with our social media, advertising and analytics partners.</p><a id="CybotCookiebotDialogBodyLevelButtonLevelOptinAllowAll" href="#">Allow all</a></div>',
 "didomi": '<div id="didomi-host"><div class="didomi-popup-container"><p class="didomi-notice-text">With your agreement, we and our partners use cookies or similar technologies to store and access personal information such as your visit on this website.</p><button class="didomi-button">Agree and close</button></div></div>',
 "quantcast": '<div id="qc-cmp2-container"><div class="qc-cmp2-summary-info"><p>We value your privacy. We and our partners store and access information on a device, such as cookies, and process personal data for personalised ads and content, ad and content measurement, audience insights and product development.</p></div><button mode="primary">AGREE</button></div>',
 "complianz": '<div class="cmplz-cookiebanner cmplz-show"><div class="cmplz-message"><p>To provide the best experiences, we use technologies like cookies to store and access device information. Consenting to these technologies will allow us to process data such as browsing behaviour.</p></div><button class="cmplz-accept">Accept</button></div>',
 "cookieyes": '<div class="cky-consent-container"><div class="cky-notice"><p class="cky-title">We value your privacy</p><div class="cky-notice-des"><p>We use cookies to enhance your browsing experience, serve personalised ads or content, and analyse our traffic.</p></div><button class="cky-btn cky-btn-accept">Accept All</button></div></div>',
 "usercentrics": '<div id="usercentrics-root"><div class="uc-banner-content"><p>This site uses third-party website tracking technologies to provide and continually improve our services, and to display advertisements according to users\' interests.</p><button>Accept all</button></div></div><div id="truste-consent-track"><p>TrustArc: our site uses cookies for analytics.</p></div>',
 "osano": '<div class="osano-cm-window"><div class="osano-cm-dialog"><p class="osano-cm-content">This website stores data such as cookies to enable essential site functionality, as well as marketing, personalization, and analytics.</p><button class="osano-cm-accept-all">Accept</button></div></div>',
 "generic": '<div id="cookie-notice" class="cookie-banner"><p>This site uses cookies. By continuing to browse the site you are agreeing to our use of cookies. <a href="/cookies">Find out more</a></p><button>OK</button></div>',
}

def head(art, lang="en", extra="", url=None, ld=None, charset="utf-8", og=True):
    url = url or f"https://www.example-{art['site'].lower().replace(' ', '')[:12]}.com/articles/{art['date']}/story"
    h = f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="{charset}">\n<title>{e(art["title"])} | {e(art["site"])}</title>\n'
    h += f'<link rel="canonical" href="{url}">\n<meta name="viewport" content="width=device-width">\n'
    if og:
        h += f'<meta property="og:type" content="article">\n<meta property="og:site_name" content="{e(art["site"])}">\n<meta property="og:title" content="{e(art["title"])}">\n'
        h += f'<meta property="article:published_time" content="{art["date"]}T08:00:00+00:00">\n'
    if ld:
        h += f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>\n'
    h += '<link rel="stylesheet" href="/static/site.css"><script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}</script>\n'
    return h + extra + "</head>\n"

def byline(art, cls="byline"):
    return f'<div class="{cls}">By <a href="/authors/x" rel="author">{e(art["author"])}</a> · <time datetime="{art["date"]}T08:00:00Z">{art["date"]}</time></div>'

def ld_article(art, typ="NewsArticle", body=False):
    d = {"@context": "https://schema.org", "@type": typ, "headline": art["title"], "datePublished": art["date"] + "T08:00:00Z",
         "author": {"@type": "Person", "name": art["author"]}, "publisher": {"@type": "Organization", "name": art["site"]}}
    if body: d["articleBody"] = expected(art).replace("\n\n", "\n")
    return d

# ---- templates: each returns the whole page ----
def t_wp_classic(a, cookie="generic"):
    comments = '<div id="comments" class="comments-area"><h2 class="comments-title">3 thoughts on this post</h2><ol class="comment-list"><li class="comment"><article class="comment-body"><footer class="comment-meta"><b class="fn">Jon</b> says:</footer><div class="comment-content"><p>A thoughtful piece, although I think the author underestimates how much the working groups depend on Russian scientists and their long-running measurement stations.</p></div></article></li><li class="comment"><article class="comment-body"><div class="comment-content"><p>Thanks, this was useful for my thesis.</p></div></article></li></ol><div id="respond" class="comment-respond"><h3>Leave a Reply</h3><form><textarea></textarea></form></div></div>'
    return head(a) + f'''<body class="post-template-default single single-post has-sidebar">
{COOKIE[cookie]}
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div id="page" class="site"><header id="masthead" class="site-header"><p class="site-title"><a href="/">{e(a["site"])}</a></p><p class="site-description">Essays and analysis from the far north</p>{nav()}</header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-412" class="post-412 post type-post status-publish hentry">
<header class="entry-header"><h1 class="entry-title">{e(a["title"])}</h1><div class="entry-meta"><span class="posted-on">Posted on <time class="entry-date published" datetime="{a["date"]}T09:00:00+00:00">{a["date"]}</time></span> <span class="byline">by <span class="author vcard"><a class="url fn n" href="/author/x/">{e(a["author"])}</a></span></span></div></header>
<div class="entry-content">{body_html(a)}
{share()}</div>
<footer class="entry-footer"><span class="cat-links">Posted in <a href="/c/arctic">Arctic</a></span> <span class="tags-links">Tagged <a href="/t/1">diplomacy</a>, <a href="/t/2">Norway</a></span></footer>
</article>
<nav class="navigation post-navigation"><div class="nav-links"><a href="/prev" rel="prev">Previous post: The ice road to Yakutsk</a><a href="/next" rel="next">Next post: Svalbard's coal problem</a></div></nav>
{comments}
</main></div>{sidebar()}</div>{footer(a["site"])}</div></body></html>'''

def t_wp_gutenberg(a):
    return head(a, ld={"@context": "https://schema.org", "@graph": [{"@type": "WebSite", "name": a["site"]}, {"@type": "WebPage", "name": a["title"] + " - " + a["site"]}, ld_article(a, "BlogPosting")]}) + f'''<body class="wp-site-blocks">
<header class="wp-block-template-part"><div class="wp-block-group"><p class="wp-block-site-title"><a href="/">{e(a["site"])}</a></p>{nav("wp-block-navigation")}</div></header>
<main class="wp-block-group">
<h1 class="wp-block-post-title">{e(a["title"])}</h1>
<div class="wp-block-post-date"><time datetime="{a["date"]}">{a["date"]}</time></div>
<div class="entry-content wp-block-post-content">{body_html(a, fig_class=' class="wp-block-image"', quote_tag='blockquote class="wp-block-quote"', list_class=' class="wp-block-list"')}
<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3><ul><li><a href="/?share=twitter">Twitter</a></li><li><a href="/?share=facebook">Facebook</a></li></ul></div>
<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Related</em></h3><p><a href="/x">Subsidies and the single market</a></p></div>
</div>
<div class="wp-block-post-terms">Tags: <a href="/t/a">subsidies</a>, <a href="/t/b">trade</a></div>
</main>
<footer class="wp-block-template-part">{footer(a["site"])}</footer></body></html>'''

def t_drupal(a):
    return head(a) + f'''<body class="path-node page-node-type-article">
<div class="dialog-off-canvas-main-canvas"><div class="layout-container">
<header role="banner"><div class="region region-header"><a href="/" rel="home">{e(a["site"])}</a></div><div class="region region-primary-menu">{nav("menu--main")}</div></header>
<div class="region region-breadcrumb"><nav class="breadcrumb" aria-labelledby="system-breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/research">Research</a></li><li><a href="/research/africa">Africa</a></li></ol></nav></div>
<main role="main"><div class="layout-content"><div class="region region-content">
<div id="block-pagetitle" class="block block-core"><h1 class="page-title"><span class="field field--name-title">{e(a["title"])}</span></h1></div>
<article role="article" class="node node--type-article node--view-mode-full">
<div class="node__meta"><span class="field field--name-uid">{e(a["author"])}</span> <span class="field--name-created">{a["date"]}</span></div>
<div class="node__content"><div class="clearfix text-formatted field field--name-body field--type-text-with-summary field__item">{body_html(a)}</div>
<div class="field field--name-field-tags field__items"><div class="field__label">Tags</div><div class="field__item"><a href="/t/1">Nile</a></div><div class="field__item"><a href="/t/2">Ethiopia</a></div></div>
</div></article></div></div>
<aside class="layout-sidebar-second" role="complementary"><div class="block-views-blockrelated"><h2>More research</h2>{related("More research", "div", "view-content")}</div></aside>
</main>
<footer role="contentinfo"><div class="region region-footer">{footer(a["site"])}</div></footer></div></div></body></html>'''

def t_ghost(a):
    return head(a, ld=ld_article(a, "Article")) + f'''<body class="post-template">
<div class="viewport"><header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo" href="/">{e(a["site"])}</a></div>{nav("gh-head-menu")}<div class="gh-head-actions"><a class="gh-head-button" href="#/portal/signup">Subscribe</a></div></div></header>
<div class="site-content"><main id="site-main" class="site-main">
<article class="article post tag-writing">
<header class="article-header gh-canvas"><section class="article-tag post-card-primary-tag"><a href="/tag/writing/">Writing</a></section><h1 class="article-title">{e(a["title"])}</h1><p class="article-excerpt">Some advice for people who write arguments rather than inventories.</p><div class="article-byline"><div class="article-byline-meta"><h4 class="author-name"><a href="/author/sara/">{e(a["author"])}</a></h4><div class="byline-meta-content"><time class="byline-meta-date" datetime="{a["date"]}">{a["date"]}</time><span class="byline-reading-time">4 min read</span></div></div></div></header>
<section class="gh-content gh-canvas">{body_html(a)}</section>
<section class="article-comments gh-canvas"><div class="gh-cta"><h2 class="gh-cta-title">This post is for subscribers only</h2><a href="#/portal/signup">Subscribe now</a></div></section>
</article></main>
<aside class="read-more-wrap outer"><div class="read-more inner"><div class="post-card-header"><h2>Read more</h2></div>{related("You might also like", "div", "post-feed")}</div></aside>
</div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="/">{e(a["site"])}</a> © 2023</section><nav class="site-footer-nav"><a href="/privacy">Privacy</a></nav><div><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div></body></html>'''

def t_medium(a):
    paras = "".join(f'<p class="pw-post-body-paragraph jw jx hq jy b">{e(b[1])}</p>' if b[0] == "p" else f'<h2 class="pw-post-heading kp kq">{e(b[1])}</h2>' for b in a["body"])
    return head(a, ld=ld_article(a, "BlogPosting")) + f'''<body><div id="root"><div class="a b c">
<div class="l ak"><div class="nav-bar"><a href="/">Medium</a><a href="/m/signin">Sign in</a><a href="/new-story">Write</a></div></div>
<div class="fc l"><article><div class="l"><div class="ab ca"><div class="ch bg fz ga gb gc">
<div><h1 class="pw-post-title">{e(a["title"])}</h1><div class="speechify-ignore"><a href="/@pavel">{e(a["author"])}</a><button>Follow</button><span>8 min read</span><span>·</span><span>{a["date"]}</span></div>
<div class="speechify-ignore ab"><div class="pw-multi-vote-icon"><button aria-label="clap">👏</button><span>1.2K</span></div><button aria-label="responses">34</button><button>Listen</button><button>Share</button></div></div>
<section><div class="gr gs"><div class="ab ca">{paras}</div></div></section>
</div></div></div></article>
<div class="ss"><h2>More from {e(a["author"])}</h2><div class="cu"><a href="/p/1"><h2>Reading Kosygin's reforms backwards</h2></a><p>What the 1965 reform tells us about 1987.</p></div><div class="cu"><a href="/p/2"><h2>Gosplan's spreadsheets</h2></a></div></div>
<div class="recommended"><h2>Recommended from Medium</h2><a href="/q"><h2>I quit my job to write about economics</h2></a></div>
</div></div></div></body></html>'''

def t_bignews(a, cookie="onetrust", paywall=False):
    ld = ld_article(a)
    teaser = '<div class="paywall-prompt" id="paywall"><h3>Subscribe to continue reading</h3><p>You have read all of your free articles this month. Subscribe for unlimited access to award-winning journalism.</p><a href="/subscribe">Subscribe now</a> <a href="/login">Log in</a></div>' if paywall else ""
    return head(a, ld=ld) + f'''<body class="article-page">
{COOKIE[cookie]}
<div class="ad-slot ad-leaderboard" id="ad-top"><span>Advertisement</span></div>
<header class="site-header"><div class="masthead"><a href="/" class="logo">{e(a["site"])}</a><span class="date-today">Wednesday, 8 May 2024</span></div>{nav("primary-nav")}<div class="trending-bar"><span>Trending:</span> <a href="/t1">Elections</a> <a href="/t2">Markets</a> <a href="/t3">Climate summit</a></div></header>
<main id="main-content">
<div class="article-header"><span class="kicker"><a href="/economy">Economy</a></span><h1 class="headline">{e(a["title"])}</h1><p class="standfirst">Policymakers fear that waiting too long could tip economies into recession.</p>{byline(a, "byline article-byline")}</div>
<div class="article-body" itemprop="articleBody">
{body_html(a)}
<div class="ad-slot ad-inline"><p>Advertisement</p></div>
{teaser}
</div>
<div class="article-tools">{share()}</div>
<section class="most-read"><h2>Most read</h2><ol><li><a href="/1">Markets rally as inflation cools in the euro zone and investors bet on cuts</a></li><li><a href="/2">The town that lost its only bank</a></li></ol></section>
{related("More on this story", "section", "related-content")}
</main>
{newsletter()}
{footer(a["site"])}
<div id="onetrust-pc-sdk" class="otPcCenter ot-hide" role="dialog" aria-modal="true"><h2>Privacy Preference Center</h2><p>When you visit any website, it may store or retrieve information on your browser, mostly in the form of cookies.</p></div>
</body></html>'''

def t_wire(a):
    return head(a, ld=ld_article(a)) + f'''<body>
{COOKIE["generic"]}
<div class="site-header"><a href="/" class="brand">{e(a["site"])}</a>{nav("nav-main", ["World", "Business", "Markets", "Sustainability", "Legal", "Breakingviews", "Technology"])}</div>
<div class="article-wrap"><div class="main-column">
<nav class="breadcrumbs"><a href="/world">World</a> › <a href="/world/europe">Europe</a></nav>
<h1 data-testid="Heading">{e(a["title"])}</h1>
<div class="article-info"><span class="byline">By Olena Kovalenko</span><time datetime="{a["date"]}T10:42:00Z">March 21, 2024 10:42 AM UTC</time><span class="updated">Updated 2 hours ago</span></div>
<div class="article-body__content">
{"".join(f'<div data-testid="paragraph-{i}" class="text__text article-body__paragraph">{e(b[1])}</div>' for i, b in enumerate(a["body"]))}
<p class="sign-off">{e(a["author"])}</p>
<div class="trust-principles"><p>Our Standards: <a href="/trust-principles">The Trust Principles.</a></p></div>
</div>
<div class="read-next"><h3>Read Next</h3><ul><li><a href="/n1">Russia says it shot down drones over Crimea</a></li><li><a href="/n2">EU agrees new package of tariffs on Russian grain</a></li></ul></div>
</div><div class="right-rail"><div class="ad-container">Advertisement · Scroll to continue</div><div class="most-popular"><h3>Most Popular</h3><ul><li><a href="/p">Oil prices climb</a></li></ul></div></div></div>
{footer(a["site"])}</body></html>'''

def t_thinktank(a):
    return head(a, ld=ld_article(a, "Report")) + f'''<body class="publication">
<header><div class="top-bar"><a href="/donate">Donate</a> <a href="/events">Events</a> <a href="/experts">Experts</a></div><a class="logo" href="/">{e(a["site"])}</a>{nav("main-menu", ["Research", "Regions", "Topics", "Programs", "Events", "About"])}</header>
<div class="container"><div class="row">
<div class="col-md-8 publication-main">
<div class="pub-type">Report</div><h1>{e(a["title"])}</h1>
<div class="pub-authors"><a href="/experts/ta">{e(a["author"])}</a>, Senior Fellow</div><div class="pub-date">October 5, 2023</div>
<div class="download-box"><a class="btn" href="/files/energy-security-central-asia.pdf">Download PDF</a> <span>(2.4 MB, 64 pages)</span></div>
<div class="pub-body">{body_html(a)}</div>
<div class="citation-box"><h4>Cite this report</h4><p class="cite">Akhmetov, Timur. Energy Security in Central Asia. Center for Strategic Futures, 2023.</p></div>
</div>
<div class="col-md-4 sidebar"><div class="experts-box"><h3>Related Experts</h3><ul><li><a href="/e/1">Dina Karimova</a></li><li><a href="/e/2">Paul Evans</a></li></ul></div><div class="topics"><h3>Topics</h3><a href="/t/energy">Energy</a> <a href="/t/ca">Central Asia</a></div></div>
</div></div>
{newsletter("signup-cta")}{footer(a["site"])}</body></html>'''

def t_cambridge(a):
    extra = f'<meta name="citation_title" content="{e(a["title"])}">\n<meta name="citation_author" content="Sokolova, Elena">\n<meta name="citation_publication_date" content="2020/08/27">\n<meta name="citation_publisher" content="Cambridge University Press">\n<meta name="citation_book_title" content="Empires on the Pacific">\n'
    return head(a, extra=extra, og=False, ld={"@context": "https://schema.org", "@type": "Chapter", "name": a["title"], "author": [{"@type": "Person", "name": "Elena Sokolova"}], "datePublished": a["date"], "publisher": {"@type": "Organization", "name": "Cambridge University Press"}}) + f'''<body>
<div id="cookie-consent-banner" class="cookie-consent"><p>We use cookies to distinguish you from other users and to provide you with a better experience on our websites. Close this message to accept cookies or find out how to manage your cookie settings.</p></div>
<header class="app-header"><a href="/core">Cambridge Core</a><a href="/login">Log in</a><a href="/register">Register</a><form class="search"><input type="search"></form></header>
<nav class="breadcrumbs"><a href="/core">Home</a> &gt; <a href="/core/books">Books</a> &gt; <a href="/core/books/empires">Empires on the Pacific</a> &gt; {e(a["title"])}</nav>
<div class="chapter-page"><div class="book-info"><p class="book-title"><a href="/core/books/empires">Empires on the Pacific</a></p><ul class="meta"><li>Published online by Cambridge University Press: 27 August 2020</li></ul></div>
<h1 class="chapter-title">{e(a["title"])}</h1>
<div class="authors"><span class="author">Elena Sokolova</span><span class="affiliation">University of Helsinki</span></div>
<div class="actions"><a href="#" class="export-citation">Export citation</a><a href="#">Save to Kindle</a></div>
<div class="abstract" data-abstract-type="normal">{body_html(a)}</div>
<div class="type-info"><dl><dt>Type</dt><dd>Chapter</dd><dt>Information</dt><dd>Empires on the Pacific, pp. 112 - 140</dd><dt>Publisher</dt><dd>Cambridge University Press</dd></dl><p>Print publication year: 2020</p></div>
<div class="access-prompt"><p>Access options: Get access to the full version of this content by using one of the access options below.</p></div>
<div id="kindle-modal" class="modal" aria-hidden="true"><h2>Save book to Kindle</h2><p>To save this book to your Kindle, first ensure coreplatform@cambridge.org is added to your Approved Personal Document E-mail List.</p></div>
<div id="dropbox-modal" class="modal" role="dialog"><h2>Save book to Dropbox</h2><p>To save content items to your account, please confirm that you agree to abide by our usage policies.</p></div>
</div>
<footer class="app-footer"><p>© Cambridge University Press 2024</p><a href="/accessibility">Accessibility</a></footer></body></html>'''

def t_aggregator_ru(a):
    return head(a, lang="ru", extra='<meta name="citation_title" content="' + e(a["title"]) + '">\n<meta name="citation_author" content="Петров Иван">\n<meta name="citation_publication_date" content="2021">\n') + f'''<body>
<div class="top"><a href="/">КиберЛенинка</a><form><input name="q" placeholder="Поиск"></form><a href="/login">Войти</a></div>
<div class="main"><div class="content">
<h1 itemprop="headline"><i>{e(a["title"])}</i></h1>
<div class="infoblock"><div class="labels"><div class="label">Текст научной работы на тему «{e(a["title"])}»</div></div><ul class="author-list"><li itemprop="author">{e(a["author"])}</li></ul><p>Журнал: Вестник международных отношений. 2021. №3</p></div>
<div class="full abstract" itemprop="description">{body_html(a)}</div>
<div class="keywords"><h2>Ключевые слова</h2><i>Россия</i>, <i>Япония</i>, <i>энергетика</i></div>
<div class="similar"><h2>Похожие темы научных работ</h2><ul><li><a href="/a1">Российско-японское сотрудничество в Арктике</a></li><li><a href="/a2">Энергетическая политика Японии</a></li></ul></div>
</div></div><div class="footer">© КиберЛенинка, 2012–2024</div></body></html>'''

def t_simple_news(a, lang, charset, cookie=None):
    return head(a, lang=lang, charset=charset) + f'''<body>
{COOKIE[cookie] if cookie else ""}
<div id="header"><div class="logo"><a href="/">{e(a["site"])}</a></div><ul id="gnav"><li><a href="/">トップ</a></li><li><a href="/politics">政治</a></li><li><a href="/world">国際</a></li><li><a href="/economy">経済</a></li></ul></div>
<div id="wrapper"><div id="main"><div class="article">
<h1>{e(a["title"])}</h1><p class="date">{a["date"]}</p>
<div class="article-text">{body_html(a)}</div>
<p class="author-name">（{e(a["author"])}）</p>
</div></div>
<div id="side"><div class="ranking"><h3>アクセスランキング</h3><ol><li><a href="/r1">株価が大幅に上昇</a></li><li><a href="/r2">台風の進路予想</a></li></ol></div></div></div>
<div id="footer"><p>Copyright © {e(a["site"])} All rights reserved.</p></div></body></html>'''

def t_ru_1251(a):
    return head(a, lang="ru", charset="windows-1251") + f'''<body>
<table width="100%" class="top"><tr><td><a href="/">{e(a["site"])}</a></td><td><a href="/news">Новости</a> | <a href="/analytics">Аналитика</a> | <a href="/about">О проекте</a></td></tr></table>
<div class="content"><div class="left-col"><ul class="menu"><li><a href="/r1">Россия</a></li><li><a href="/r2">Европа</a></li><li><a href="/r3">Азия</a></li></ul></div>
<div class="center-col"><h1>{e(a["title"])}</h1><div class="meta">{e(a["author"])}, 2 июня 2023</div>
<div class="text">{body_html(a)}</div>
<div class="soc">Поделиться: <a href="https://vk.com/share">ВКонтакте</a> <a href="https://t.me/share">Telegram</a></div>
<div class="related"><h3>Читайте также</h3><a href="/x1">Северный морской путь: итоги навигации</a><br><a href="/x2">Климат и вечная мерзлота</a></div></div></div>
<div class="bottom">© 2023 {e(a["site"])}. Все права защищены.</div></body></html>'''

def t_blog_comments(a):
    c = "".join(f'<li class="comment" id="comment-{i}"><div class="comment-author vcard"><cite class="fn">{n}</cite> <span class="says">says:</span></div><div class="comment-meta"><a href="#c{i}">November {20+i}, 2022 at 9:1{i} pm</a></div><p>{t}</p><div class="reply"><a class="comment-reply-link" href="#">Reply</a></div></li>' for i, (n, t) in enumerate([
        ("Margaret", "Beautifully put. I have always thought the chapter on associations was the heart of the book, and it is rarely taught that way. Do you think online groups can ever play the same role, or is something essential lost when joining costs nothing?"),
        ("Arun", "I would push back a little: plenty of online communities do require real cooperation, from open-source software projects to mutual aid networks that organise through chat groups. The medium is not the problem; the incentives of the platforms are."),
        ("Grace Whitfield", "Arun, that is a fair point, and I should have made the distinction between platforms and the communities that use them. Perhaps a follow-up post.")]))
    return head(a, og=False) + f'''<body class="single">
<div id="wrap"><div id="header"><h1 id="blog-title"><a href="/">{e(a["site"])}</a></h1><div id="blog-description">Books read slowly</div></div>
<div id="access"><div class="menu"><ul><li><a href="/">Home</a></li><li><a href="/about">About</a></li><li><a href="/archive">Archive</a></li></ul></div></div>
<div id="container"><div id="content">
<div id="post-88" class="post hentry"><h2 class="entry-title">{e(a["title"])}</h2>
<div class="entry-meta"><span class="meta-prep">Posted on</span> <span class="entry-date">November 20, 2022</span> <span class="meta-sep">by</span> <span class="author vcard">{e(a["author"])}</span></div>
<div class="entry-content">{body_html(a)}</div>
<div class="entry-utility">This entry was posted in <a href="/books">Books</a>. Bookmark the <a href="/p88">permalink</a>.</div></div>
<div id="comments"><h3 id="comments-title">3 Responses to {e(a["title"])}</h3><ol class="commentlist">{c}</ol>
<div id="respond"><h3 id="reply-title">Leave a Reply</h3><form id="commentform"><p>Your email address will not be published.</p><textarea></textarea><input type="submit" value="Post Comment"></form></div></div>
</div></div>
<div id="primary" class="widget-area"><ul class="xoxo"><li class="widget-container"><h3 class="widget-title">Archives</h3><ul><li><a href="/2022/11">November 2022</a></li><li><a href="/2022/10">October 2022</a></li></ul></li></ul></div>
<div id="footer"><div id="site-info"><a href="/">{e(a["site"])}</a></div><div id="site-generator">Proudly powered by WordPress.</div></div></div></body></html>'''

def t_br_divs(a):
    return head(a, og=False) + f'''<body bgcolor="#ffffff">
<div class="header"><a href="/">{e(a["site"])}</a> - <a href="/members">Members</a> - <a href="/events">Events</a> - <a href="/archive">Archive</a></div>
<div class="menu-left"><a href="/a">Our history</a><br><a href="/b">Photographs</a><br><a href="/c">Contact</a></div>
<div class="main"><div class="title"><b>{e(a["title"])}</b></div><div class="author">by {e(a["author"])}, July 2019</div>
<div class="story">{body_html(a, p="br")}</div>
<div class="back"><a href="/archive">Back to the archive</a></div></div>
<div class="foot">© Local History Society · Registered charity 1012345</div></body></html>'''

def t_footnotes(a):
    return head(a, ld=ld_article(a, "ScholarlyArticle")) + f'''<body>
<header class="journal-header"><a href="/">{e(a["site"])}</a>{nav("journal-nav", ["Current issue", "Archive", "Submit", "About"])}</header>
<main><article class="article-full">
<header><h1>{e(a["title"])}</h1><p class="authors">{e(a["author"])}</p><p class="pubdate">Published 9 December 2021</p></header>
<div class="article-content">{body_html(a)}</div>
<footer class="article-footer"><p class="license">This article is licensed under a Creative Commons Attribution 4.0 licence.</p></footer>
</article></main>{footer(a["site"])}</body></html>'''

def t_amp(a):
    b = body_html(a).replace("<figure>", "<figure>")
    return f'''<!doctype html>
<html amp lang="en"><head><meta charset="utf-8"><title>{e(a["title"])} - {e(a["site"])}</title><link rel="canonical" href="https://asiadaily.example.com/2023/07/01/tokyo-heat"><meta property="og:site_name" content="{e(a["site"])}">
<script async src="https://cdn.ampproject.org/v0.js"></script><style amp-custom>body{{font-family:serif}}</style>
<script type="application/ld+json">{json.dumps(ld_article(a))}</script></head>
<body><amp-sidebar id="sidebar" layout="nodisplay"><ul><li><a href="/">Home</a></li><li><a href="/japan">Japan</a></li></ul></amp-sidebar>
<header class="amp-header"><button on="tap:sidebar.toggle">☰</button><a href="/">{e(a["site"])}</a></header>
<article class="amp-article"><h1>{e(a["title"])}</h1><p class="amp-byline">By {e(a["author"])} | July 1, 2023</p>
<amp-img src="/img/tokyo-heat.jpg" width="800" height="450" layout="responsive" alt="People shelter from the sun in Tokyo"></amp-img>
<div class="amp-body">{b}
<amp-ad width="300" height="250" type="doubleclick" data-slot="/123/amp"></amp-ad></div>
<amp-social-share type="twitter"></amp-social-share></article>
<footer class="amp-footer"><a href="https://asiadaily.example.com/2023/07/01/tokyo-heat">View non-AMP version</a> © 2023 {e(a["site"])}</footer></body></html>'''

def t_jsonld_only(a):
    return head(a, ld=ld_article(a, "NewsArticle", body=True)) + f'''<body>
<div id="app"><header class="shell-header"><a href="/">{e(a["site"])}</a>{nav("shell-nav", ["Markets", "Shipping", "Policy", "Data"])}</header>
<main><h1>{e(a["title"])}</h1><div class="article-placeholder"><p>Loading article…</p></div><noscript><p>Please enable JavaScript to read this article.</p></noscript></main>
<footer>© 2023 {e(a["site"])}</footer></div><script src="/static/app.js"></script></body></html>'''

def t_generic_cms(a, cookie):
    return head(a) + f'''<body>
{COOKIE[cookie]}
<div class="page-wrapper"><header class="header">{nav("menu")}<a class="logo" href="/">{e(a["site"])}</a></header>
<div class="container"><div class="content-main">
<div class="post-header"><div class="category-label"><a href="/topics">Features</a></div><h1 class="post-title">{e(a["title"])}</h1>{byline(a, "post-byline")}</div>
<div class="post-body">{body_html(a)}</div>
{share()}
<div class="author-bio"><img src="/a.jpg" alt=""><p><strong>{e(a["author"])}</strong> is a staff writer covering technology and society. She previously worked as a radio producer.</p></div>
</div>
<div class="sidebar">{newsletter()}<div class="popular-posts"><h3>Popular</h3><ul><li><a href="/p1">Ten things about cities</a></li><li><a href="/p2">The library of lost sounds</a></li></ul></div></div></div>
{related("You may also like", "section", "more-stories")}{footer(a["site"])}</div></body></html>'''

def t_substack(a):
    return head(a, ld=ld_article(a, "NewsArticle")) + f'''<body><div id="entry"><div class="main-menu"><a href="/">{e(a["site"])}</a><a href="/subscribe" class="button">Subscribe</a><a href="/sign-in">Sign in</a></div>
<div class="single-post-container"><article class="typography newsletter-post post">
<div class="post-header"><h1 class="post-title">{e(a["title"])}</h1><h3 class="subtitle">Why most conflict maps mislead</h3><div class="post-meta"><a href="/@leo">{e(a["author"])}</a> <span>Mar 03, 2024</span></div><div class="post-ufi"><a class="like-button">42</a><a class="comment-button">12</a><a class="share-button">Share</a></div></div>
<div class="available-content"><div class="body markup">{body_html(a)}
<div class="subscription-widget-wrap"><div class="subscription-widget"><p class="cta-caption">Thanks for reading Borderlines! Subscribe for free to receive new posts and support my work.</p><form><input type="email"><button>Subscribe</button></form></div></div>
</div></div>
<div class="post-footer"><a class="like-button">42 Likes</a><a href="/comments">12 Comments</a><div class="share-dialog" role="dialog" aria-hidden="true">Share Borderlines</div></div>
</article></div>
<div class="footer-wrap"><p>© 2024 Leo Martins · <a href="/privacy">Privacy</a> · <a href="/tos">Terms</a></p><p>Substack is the home for great culture</p></div></div></body></html>'''

def t_university(a):
    return head(a) + f'''<body><a class="sr-only" href="#main">Skip to main content</a>
<div class="utility-bar"><a href="/students">Students</a> <a href="/staff">Staff</a> <a href="/alumni">Alumni</a> <a href="/give">Give</a></div>
<header class="uni-header"><a href="/">{e(a["site"])}</a>{nav("uni-nav", ["Study", "Research", "Engage", "About", "News"])}</header>
<div class="page"><div class="news-main" role="main">
<p class="news-category">Research news</p><h1>{e(a["title"])}</h1><p class="news-date">25 May 2023</p>
<div class="news-body">{body_html(a)}
<div class="media-contact"><h4>Media contact</h4><p>Press Office, press@northfield.example.ac.uk, +44 1234 567890</p></div></div>
</div>
<div class="news-sidebar"><h3>Latest news</h3><ul><li><a href="/n/1">New library opens to the public</a></li><li><a href="/n/2">Professor elected to Royal Society</a></li><li><a href="/n/3">Graduation dates announced</a></li></ul></div></div>
<footer class="uni-footer"><div><h4>Contact us</h4><p>Northfield University, Northfield NF1 2AB</p></div><div>{nav("footer-nav", ["Accessibility", "Privacy", "Freedom of information"])}</div></footer></body></html>'''

def t_magazine(a):
    # Body split into two fragments around an ad and a pull quote, drop cap span on the first letter.
    body = body_html(a).split("\n")
    first, rest = "\n".join(body[:3]), "\n".join(body[3:])
    first = first.replace("<p>Less", '<p><span class="dropcap">L</span>ess', 1).replace("<p><span class=\"dropcap\">L</span>ess", '<p><span class="dropcap">L</span>ess')
    first = first.replace('<span class="dropcap">L</span>ess', '<span class="dropcap">L</span>ess')
    return head(a, ld=ld_article(a, "Article")) + f'''<body class="longform">
{COOKIE["generic"]}
<header class="mag-header"><a href="/">{e(a["site"])}</a>{nav("mag-nav", ["Science", "Ideas", "Travel", "Archive", "Shop"])}</header>
<div class="hero"><h1 class="hero-title">{e(a["title"])}</h1><p class="hero-dek">Mapping the ocean floor is one of the great unfinished projects of science.</p><p class="hero-byline">Words by {e(a["author"])} · Photographs by Tom Reyes</p></div>
<div class="story-container">
<section class="story-body story-body-1">{first}</section>
<div class="inline-promo"><a href="/subscribe">Get Horizon in print: 4 issues for £10</a></div>
<section class="story-body story-body-2">{rest}</section>
<div class="story-end"><p class="bio"><em>{e(a["author"])} writes about science and the sea.</em></p><p class="appeared">This article appeared in the October 2022 issue.</p></div>
</div>
{related("Keep reading", "section", "recirc-module")}{footer(a["site"])}</body></html>'''

def t_table_layout(a):
    body = "".join(f'<p><font face="Verdana" size="2">{e(b[1])}</font></p>' for b in a["body"])
    return f'''<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><title>{e(a["title"])}</title></head>
<body><table width="760" border="0" cellpadding="0"><tr><td colspan="2"><img src="/banner.gif" alt="{e(a["site"])}"></td></tr>
<tr><td width="150" valign="top" class="leftnav"><a href="/">Home</a><br><a href="/registers">Registers</a><br><a href="/maps">Maps</a><br><a href="/links">Links</a><br><a href="/guestbook">Guestbook</a></td>
<td valign="top"><font face="Verdana" size="3"><b>{e(a["title"])}</b></font><br><font size="1">Posted by {e(a["author"])}, 14 March 2008</font>{body}
<p><font size="1"><a href="/">Back to home page</a> | <a href="/top">Top</a></font></p></td></tr>
<tr><td colspan="2" align="center"><font size="1">Last updated 14/03/2008. You are visitor number 04512.</font></td></tr></table></body></html>'''

def t_interview(a):
    paras = []
    for i, b in enumerate(a["body"]):
        paras.append(f"<p><strong>{e(b[1])}</strong></p>" if b[1].endswith("?") else f"<p>{e(b[1])}</p>")
    return head(a, ld=ld_article(a, "Article")) + f'''<body>
{COOKIE["didomi"]}
<header>{nav("topnav", ["Interviews", "Analysis", "Podcast", "About"])}</header>
<main><article><h1>{e(a["title"])}</h1><div class="byline">Interview by {e(a["author"])} · February 6, 2023</div>
<div class="entry">{"".join(paras)}</div>
<div class="tags">Tags: <a href="/t/nuclear">nuclear</a> <a href="/t/treaties">treaties</a></div></article></main>
{footer(a["site"])}</body></html>'''

def listing_page():
    items = "".join(f'<article class="teaser"><h2><a href="/2024/{i}/story">{t}</a></h2><p class="teaser-summary">{s}</p><span class="teaser-date">May {i+1}, 2024</span></article>' for i, (t, s) in enumerate([
        ("Central banks weigh the cost of holding rates high", "Policymakers are divided on when to cut."),
        ("Grain shipments reach new high", "Ports near Odesa work at close to capacity."),
        ("The quiet return of industrial policy", "Subsidies are back in fashion."),
        ("Europe's night trains make a comeback", "New routes open every year."),
        ("Why the Arctic Council still matters", "Working groups resume projects."),
        ("Defence spending in Europe after 2022", "Budgets grow fastest near Russia."),
        ("The long decline of the landline", "Copper networks switch off."),
        ("Learning to read satellite images", "A practical guide for newcomers.")]))
    return f'''<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Economy | The Global Courier</title><meta property="og:site_name" content="The Global Courier"><meta property="og:type" content="website"></head>
<body>{COOKIE["onetrust"]}<header>{nav()}</header><main><h1>Economy</h1><div class="teaser-list">{items}</div><div class="pagination"><a href="?page=2">Next page</a></div></main>{footer("The Global Courier")}</body></html>'''

def error_page():
    return f'''<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Page not found | Policy Ledger</title><meta property="og:site_name" content="Policy Ledger"></head>
<body><header>{nav()}</header><main><h1>Page not found</h1><p>Sorry, we couldn't find the page you were looking for. It may have been moved or deleted.</p><p>Try searching our site or return to the <a href="/">home page</a>.</p>
<h2>Popular articles</h2><ul><li><a href="/a">The quiet return of industrial policy</a></li><li><a href="/b">Why the Arctic Council still matters</a></li></ul></main>{footer("Policy Ledger")}</body></html>'''

PAGES = {
 "wp_classic": (t_wp_classic, "utf-8"),
 "wp_gutenberg": (t_wp_gutenberg, "utf-8"),
 "drupal": (t_drupal, "utf-8"),
 "ghost": (t_ghost, "utf-8"),
 "medium_like": (t_medium, "utf-8"),
 "bignews_onetrust": (lambda a: t_bignews(a, "onetrust"), "utf-8"),
 "paywall_teaser": (lambda a: t_bignews(a, "onetrust", paywall=True), "utf-8"),
 "wire": (t_wire, "utf-8"),
 "thinktank_pdf": (t_thinktank, "utf-8"),
 "cambridge_chapter": (t_cambridge, "utf-8"),
 "aggregator_ru": (t_aggregator_ru, "utf-8"),
 "japanese_sjis": (lambda a: t_simple_news(a, "ja", "Shift_JIS"), "shift_jis"),
 "russian_1251": (t_ru_1251, "cp1251"),
 "blog_comments": (t_blog_comments, "utf-8"),
 "br_divs": (t_br_divs, "utf-8"),
 "footnotes": (t_footnotes, "utf-8"),
 "table_figures": (lambda a: t_generic_cms(a, "generic"), "utf-8"),
 "amp": (t_amp, "utf-8"),
 "jsonld_only": (t_jsonld_only, "utf-8"),
 "cookiebot": (lambda a: t_generic_cms(a, "cookiebot"), "utf-8"),
 "didomi": (lambda a: t_wp_classic(a, "didomi"), "utf-8"),
 "quantcast": (lambda a: t_bignews(a, "quantcast"), "utf-8"),
 "complianz": (lambda a: t_wp_classic(a, "complianz"), "utf-8"),
 "cookieyes": (lambda a: t_generic_cms(a, "cookieyes"), "utf-8"),
 "usercentrics": (lambda a: t_generic_cms(a, "usercentrics"), "utf-8"),
 "osano": (lambda a: t_drupal(a).replace('<body class="path-node page-node-type-article">', '<body class="path-node page-node-type-article">' + COOKIE["osano"]), "utf-8"),
 "substack_like": (t_substack, "utf-8"),
 "university_news": (t_university, "utf-8"),
 "magazine_longread": (t_magazine, "utf-8"),
 "table_layout": (t_table_layout, "latin-1"),
 "interview": (t_interview, "utf-8"),
}

def dumps(name):
    path = os.path.join(OUT, name + ".html")
    w3m = subprocess.run(["w3m", "-dump", "-cols", "100", "-T", "text/html", path], capture_output=True).stdout.decode("utf-8", "replace")
    lynx = subprocess.run(["lynx", "-dump", "-nolist", "-width", "100", "-display_charset=utf-8", path], capture_output=True).stdout.decode("utf-8", "replace")
    open(os.path.join(OUT, name + ".w3m.txt"), "w").write(w3m)
    open(os.path.join(OUT, name + ".lynx.txt"), "w").write(lynx)

def main():
    for name, (template, encoding) in PAGES.items():
        a = A[name]
        open(os.path.join(OUT, name + ".html"), "wb").write(template(a).encode(encoding, errors="xmlcharrefreplace"))
        open(os.path.join(OUT, name + ".expected.txt"), "w").write(expected(a))
        dumps(name)
    for name, page in (("listing_index", listing_page()), ("error_404", error_page())):
        open(os.path.join(OUT, name + ".html"), "w").write(page)
        open(os.path.join(OUT, name + ".expected.txt"), "w").write("")
        dumps(name)
    # One dump with lynx's numbered references, which the text cleaner must strip.
    path = os.path.join(OUT, "wp_classic.html")
    refs = subprocess.run(["lynx", "-dump", "-width", "100", "-display_charset=utf-8", path], capture_output=True).stdout.decode("utf-8", "replace")
    open(os.path.join(OUT, "wp_classic.lynx-refs.txt"), "w").write(refs)

main()
