using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Ingestion.Parser.Core;

/// <summary>
/// Splits an HTML page. The page's own metadata (JSON-LD, microdata, OpenGraph, meta tags, its markup) names title,
/// authors, time and tags; the comment container and the article's content root are found by their usual markup,
/// rendered to lines and read by the same rules as plain-text pages.
/// </summary>
internal static class HtmlPageSplitter
{
    /// <summary>No real page nests this deep; the HTML tree builder slows down quadratically past it.</summary>
    private const int MaxNesting = 2000;

    /// <summary>News pages are far smaller; past this a DOM costs more time than a page may take, so the text is read instead.</summary>
    private const int MaxDomLength = 3 << 20;

    private static readonly SimpleSelectors CommentContainers = new(
    [
        "#comments", "#commentlisting", "#disqus_thread", "#coral_talk_stream", "#coral_thread", "#comments-block", ".comments-area", ".comment-list", ".commentlist", "#commentaires", "#kommentare",
        "#comentarios", ".comments", "[data-testid='comments']", "section[id*='comment']", "div[id*='comment']", "[class*='comments']", "[class*='responsesStream']",
        ".echo-stream-container", ".fyre-comment-stream",
    ]);

    private static readonly SimpleSelectors ContentRoots = new(
    [
        "[itemprop='articleBody']", ".entry-content", ".post-content", ".article-body", ".article-content", ".story-body", "#article-body",
        ".post-body", ".field-name-body", ".article__body", ".article-text", ".story-content", ".content-body", ".post-entry", ".text-content",
        "[class*='article-body']", "[class*='articleBody']", "[class*='ArticleBody']", "[class*='story-body']", "[data-testid='article-body']",
        "[data-component='article-body']", "[class*='entry-content']",
    ]);

    /// <summary>Words in class names and ids that mark furniture; whole words, since "node-promoted" is an article.</summary>
    private static readonly WordSet NoiseWords = new(
    [
        "share", "sharing", "sharedaddy", "social", "related", "newsletter", "subscribe", "subscription", "advert", "advertisement", "ad", "ads",
        "promo", "cookie", "cookies", "sidebar", "breadcrumb", "breadcrumbs", "popup", "modal", "comment", "comments", "disqus", "respond",
        "recommended", "recommendations", "sponsor", "sponsored", "outbrain", "taboola", "piano", "signup", "paywall", "navigation", "nav", "menu",
        "byline", "meta", "postmetadata", "tags", "tag", "bio", "caption", "credit", "partage", "teilen", "compartir", "reactions", "cta",
        "tweet", "instagram", "tiktok", "slideshow", "trending", "notes",
    ]);

    /// <summary>Class words of the summary under a headline: "fig-chapo", "c-content-head__subtitle", "articulo-sommario".</summary>
    private static readonly WordSet StandfirstClass = new(
    [
        "standfirst", "chapo", "chapeau", "chapô", "dek", "deck", "subtitle", "subheadline", "summary", "excerpt", "intro", "subtitulo",
        "entradilla", "bajada", "sottotitolo", "sommario",
    ]);

    /// <summary>The class of a photo credit printed beside its caption ("media_credit", "photo-credit").</summary>
    private static readonly WordSet CreditClass = new("credit", "copyright");

    /// <summary>What no rule reads (source positions, HTML comments, processing instructions) is not kept: less to build per element.</summary>
    private static readonly HtmlParserOptions ParserOptions = new()
    {
        DisableElementPositionTracking = true,
        SkipComments = true,
        SkipProcessingInstructions = true,
    };

    /// <summary>
    /// One parser, so one browsing context, per thread: a context is a browser tab that reads one page at a time, and
    /// building one costs about as much as parsing a small page. Parsing is synchronous, so no page shares it mid-parse.
    /// </summary>
    [ThreadStatic]
    private static HtmlParser? threadParser;

    public static ParsedPage Split(string html)
    {
        if (html.Length > MaxDomLength || NestingDepth(html) > MaxNesting)
        {
            return TextPageSplitter.Split(TagStripper.Strip(html));
        }

        using var document = (threadParser ??= new HtmlParser(ParserOptions)).ParseDocument(html);
        ArchiveFurniture.Remove(document, html);
        // The comments go first: their times and names are not the article's ("time[datetime]" of a Livefyre thread).
        var comments = ReadComments(document);
        var facts = JsonLdReader.Read(document);
        var marked = MarkedElements.Of(document);
        HtmlMetaReader.Read(document, marked, facts);
        var captions = ReadCaptions(document);

        // The page as a reader sees it, bylines and tag lists included, answers what the metadata left open. Read before
        // the noise goes, and only when asked: full metadata leaves it nothing to answer.
        var body = document.Body ?? document.DocumentElement;
        TextArticleReader? shownPage = null;
        TextArticleReader Page() => shownPage ??= ReadAsText(body, knownTitle: null);
        var title = facts.Title is { } metadataTitle ? FullerHeadline(document, marked.Headings, metadataTitle) : TitleFromDocumentTitle(document, Page().Lines) ?? Page().Title;
        var authors = facts.Authors.Count > 0 ? facts.Authors : Page().Authors;
        var publishedAt = facts.PublishedAt is { Length: not 10 } known ? known : MorePrecise(facts.PublishedAt, Page().PublishedAt?.ToIso());
        var site = facts.Site ?? SiteFromTitle(document, title) ?? Page().Site;
        // "Archivado en: Alquiler viviendas" under the text names the tags as the reader sees them; news_keywords says "Alquiler".
        var tags = facts.Tags.Count > 0 && !(facts.TagsFromKeywordsMeta && Page().Tags.Count > 0) ? facts.Tags : Page().Tags;
        var rootCandidates = ContentRoots.FirstOfEach(document);
        RemoveNoise(document, [.. rootCandidates, .. GatedText(document, facts.GatedTextSelectors)]);
        var root = FindContentRoot(document, rootCandidates);
        if (root is not null)
        {
            RemoveTeaserParagraphs(root);
            RemoveSummaryBullets(root);
            RemoveStandfirst(root);
        }

        var article = root is null ? ReadAsText(body, knownTitle: null) : ReadAsText(root, title ?? string.Empty);
        return new ParsedPage
        {
            Title = title,
            Authors = authors,
            PublishedAt = publishedAt,
            Site = site,
            Tags = tags,
            DeclaredCommentCount = facts.DeclaredCommentCount ?? comments.DeclaredCount,
            BodyParagraphs = WithoutPublisherNote(WithoutStandfirst(article.Body, facts.Descriptions), site),
            Captions = [.. captions, .. article.Captions.Where(caption => !captions.Contains(caption))],
            Comments = comments.Comments,
        };
    }

    /// <summary>
    /// "Snow on the sensors stopped the pilot fleet for nine days in February" under the headline, repeated in
    /// og:description: the standfirst, not the text. A first paragraph that the description repeats and that ends like a
    /// sentence is the text's opening, which sites often reuse as their summary.
    /// </summary>
    private static List<string> WithoutStandfirst(List<string> body, List<string> descriptions) =>
        body.Count > 1 && descriptions.Contains(body[0]) && !Words.EndsSentence(body[0]) ? body[1..] : body;

    /// <summary>
    /// "The Canyon Current is a member of the Institute for Nonprofit News.": the publication describing itself under the
    /// text (a nonprofit newsroom's note) is no paragraph of the story, as the writer's biography is none.
    /// </summary>
    private static List<string> WithoutPublisherNote(List<string> body, string? site)
    {
        if (site is null || body.Count < 3)
        {
            return body;
        }

        var last = body[^1];
        var opensWithSite = last.Length < 300 && last.StartsWith(site + " ", StringComparison.Ordinal) && Words.EndsSentence(last);
        return opensWithSite && last.AsSpan(site.Length + 1) is var rest && (rest.StartsWith("is ") || rest.StartsWith("was ")) ? body[..^1] : body;
    }

    private static TextArticleReader ReadAsText(IElement element, string? knownTitle)
    {
        var lines = new PageLines(HtmlText.Lines(element));
        var reader = new TextArticleReader(lines, lines.Count, knownTitle);
        reader.Read();
        return reader;
    }

    private static (IReadOnlyList<ParsedComment> Comments, int? DeclaredCount) ReadComments(IDocument document)
    {
        // "<span class="comments-link"><a>5 commentaires</a></span>" in the byline links to the thread; it holds none.
        var container = CommentContainers.FirstMatch(document, element => element.LocalName is not ("span" or "a") && !IsInSidebar(element) && !IsOneComment(element))
            ?? HeadedSection(document)
            ?? SectionOpenedByBoldCount(document)
            ?? document.SelectFirst(".comment")?.ParentElement;
        // Classic WordPress themes give the id to the heading ("<h3 id="comments">3 Responses</h3>"), not to a section.
        if (container is not null && IsHeading(container))
        {
            container = SectionOpenedBy(document, container);
        }

        if (container is null || container.LocalName is "body" or "html")
        {
            // An AMP page or a teaser links to a thread it does not show ("See all 23 comments" → "…#comments").
            return ([], CountOfLinkTo(document, id: null));
        }

        var headingAbove = HeadingAbove(container);
        RemoveFormHeadingAfter(container);
        container.Remove();
        var lines = HtmlText.Lines(container);
        int? declared = null;
        var start = 0;
        for (var i = 0; i < lines.Count && declared is null; i++)
        {
            // "Laisser un commentaire" names one comment, but it is the form's heading.
            if (CommentHeadings.DeclaredCount(lines[i].Text) is { } count && CommentHeadings.Classify(lines[i].Text) != CommentHeadings.Kind.Form)
            {
                declared = count;
                start = i + 1;
            }
            else if (i + 1 < lines.Count && BadgeCount(lines[i].Text, lines[i + 1].Text) is { } badge)
            {
                // "<div><h3>Discussion</h3><span>7</span></div>": the count badge renders as a line of its own.
                declared = badge;
                start = i + 2;
            }
        }

        // A list found by its class ("ul.comments") may leave its "Comments (5)" heading just outside it.
        declared ??= headingAbove is null ? null : CommentHeadings.DeclaredCount(Whitespace.Collapse(headingAbove.TextContent));
        declared ??= CountOfLinkTo(document, container.Id);
        return (TextCommentParser.Parse(new PageLines(lines).Range(start, lines.Count - start)), declared);
    }

    /// <summary>
    /// "&lt;h4&gt;Add comment&lt;/h4&gt;&lt;form&gt;" right after the thread (JComments): the form's heading goes with the
    /// thread, since the form itself never reaches the text but its heading would.
    /// </summary>
    private static void RemoveFormHeadingAfter(IElement container)
    {
        if (container.NextElementSibling is { } next && IsHeading(next)
            && CommentHeadings.Classify(Whitespace.Collapse(next.TextContent)) == CommentHeadings.Kind.Form)
        {
            next.Remove();
        }
    }

    private static int? BadgeCount(string heading, string next) =>
        next.Length is > 0 and <= 6 && int.TryParse(next, System.Globalization.NumberStyles.AllowThousands, System.Globalization.CultureInfo.InvariantCulture, out var count)
        && CommentHeadings.Classify(heading) == CommentHeadings.Kind.Plain
            ? count
            : null;

    /// <summary>"&lt;div id="comment_7b1e"&gt;": one comment's anchor (a separator and a token with a digit after the word), not the thread.</summary>
    private static bool IsOneComment(IElement element)
    {
        var id = element.Id.AsSpan();
        var word = id.LastIndexOf("comment", StringComparison.OrdinalIgnoreCase);
        if (word < 0 || word + 8 >= id.Length || id[word + 7] is not ('-' or '_'))
        {
            return false;
        }

        var token = id[(word + 8)..];
        return token.IndexOfAny('-', '_') < 0 && token.ContainsAnyInRange('0', '9');
    }

    /// <summary>A "Recent comments" widget in the sidebar lists other pages' comments, not this page's thread.</summary>
    private static bool IsInSidebar(IElement element) => element.ParentElement?.Nearest("aside, [role='complementary']") is not null;

    /// <summary>The heading a few elements above a list, past a sort bar or a moderation note.</summary>
    private static IElement? HeadingAbove(IElement container)
    {
        var above = container.PreviousElementSibling;
        for (var step = 0; step < 3 && above is not null; step++, above = above.PreviousElementSibling)
        {
            // "<div class="nujij__header"><span>NUjij</span> <h3>87 reacties</h3></div>": a header box holding the heading.
            if (IsHeading(above) || (above.TextContent.Length < 200 && above.Children.Any(IsHeading)))
            {
                return above;
            }
        }

        return null;
    }

    /// <summary>
    /// "5 comments" in the article's toolbar: a link to the comment section, when the section states no count. The link
    /// may spell out the page's own address before the fragment (Squarespace, Tumblr: "…/why-the-ferry…#comments-5396…"),
    /// and Disqus' counter links to "#disqus_thread".
    /// </summary>
    private static int? CountOfLinkTo(IDocument document, string? id)
    {
        var canonical = document.SelectFirst("link[rel='canonical'][href]")?.GetAttribute("href");
        foreach (var link in document.SelectAll("a[href*='#']"))
        {
            var href = link.GetAttribute("href").AsSpan();
            var hash = href.IndexOf('#');
            if (hash > 0 && (canonical is null || !href[..hash].SequenceEqual(canonical)))
            {
                continue;
            }

            var target = href[(hash + 1)..];
            if ((target.Contains("comment", StringComparison.OrdinalIgnoreCase) || target.SequenceEqual("disqus_thread") || (id is { Length: > 0 } && target.SequenceEqual(id)))
                && link.TextContent.Length < 40 && CommentHeadings.DeclaredCount(Whitespace.Collapse(link.TextContent)) is { } count)
            {
                return count;
            }
        }

        return null;
    }

    /// <summary>
    /// The section a "Comments (7)" or "Contributions (5)" heading opens, whatever its class: its parent when the heading
    /// comes first in it, else the heading and what follows it, since the parent also holds the article.
    /// </summary>
    private static IElement? HeadedSection(IDocument document)
    {
        var heading = document.SelectAll("h2, h3, h4")
            .FirstOrDefault(heading => CommentHeadings.Classify(Whitespace.Collapse(heading.TextContent)) is CommentHeadings.Kind.Count or CommentHeadings.Kind.Plain);
        return heading is null ? null : SectionOpenedBy(document, heading);
    }

    /// <summary>
    /// "&lt;td&gt;&lt;font&gt;&lt;b&gt;Comments (3)&lt;/b&gt;&lt;/font&gt;&lt;/td&gt;": table-era pages set the heading in a bold cell or a
    /// banner table. The heading box is the largest element around it that holds little more than the count (a "Post a
    /// comment" link beside it); the section runs from there to the end of the cell that holds the story.
    /// </summary>
    private static IElement? SectionOpenedByBoldCount(IDocument document)
    {
        var heading = document.SelectAll("td, th, b, strong")
            .FirstOrDefault(element => element.ChildElementCount <= 1 && element.TextContent.Length < 80 && CommentHeadings.Classify(Whitespace.Collapse(element.TextContent)) is CommentHeadings.Kind.Count);
        if (heading is null)
        {
            return null;
        }

        while (heading.ParentElement is { LocalName: not ("body" or "html") } box && box.TextContent.Length < HeadingBoxLength)
        {
            heading = box;
        }

        return SectionOpenedBy(document, heading);
    }

    /// <summary>A count, a "Post a comment" link and a line of house rules; a cell with a story in it is far longer.</summary>
    private const int HeadingBoxLength = 300;

    private static bool IsHeading(IElement element) => element.LocalName is "h1" or "h2" or "h3" or "h4" or "h5" or "h6";

    private static IElement? SectionOpenedBy(IDocument document, IElement heading)
    {
        // "<div class="discussion-header"><h3>Discussion</h3> 57 replies</div>": the header box opens the section, not the heading.
        while (heading.ParentElement is { } box && box.FirstElementChild == heading && box.TextContent.Length < 200
            && box.ClassName is { } boxClass && boxClass.Contains("head", StringComparison.OrdinalIgnoreCase)
            && box.ParentElement is { LocalName: not ("body" or "html") })
        {
            heading = box;
        }

        if (heading.ParentElement is not { } parent || parent.FirstElementChild == heading)
        {
            return heading.ParentElement;
        }

        var section = document.CreateElement("div");
        parent.InsertBefore(section, heading);
        while (section.NextSibling is { } next)
        {
            section.AppendChild(next);
        }

        return section;
    }

    /// <summary>Captions by their markup, also named in the page's language ("didascalia", "légende", "Bildunterschrift", "epígrafe").</summary>
    private const string CaptionSelector = "figcaption, .wp-caption-text, .caption, [class*='caption'], [class*='Caption'], [class*='didascalia'], [class*='legende'], "
        + "[class*='légende'], [class*='legenda'], [class*='bildunterschrift'], [class*='bildtext'], [class*='epigrafe']";

    private static List<string> ReadCaptions(IDocument document)
    {
        var captions = new List<string>();
        foreach (var caption in document.SelectAll(CaptionSelector).ToList())
        {
            // A figure whose class says it has a caption ("media-landscape has-caption") holds one; it is none itself.
            if (caption.LocalName == "figure" || caption.ParentElement?.Nearest("figcaption, .wp-caption-text, .caption") is not null)
            {
                continue;
            }

            // "ui-caption", "uiScale-caption--regular": a type style for the small print of a byline or an author card
            // names no picture's caption; a caption holds no time and no picture's caption sits in a page header.
            if (caption.LocalName != "figcaption" && !caption.ClassList.Contains("caption") && (caption.SelectFirst("time") is not null || caption.Nearest("header, footer") is not null))
            {
                continue;
            }

            // The credit printed beside the caption in an element of its own ("p.media_credit", "<cite>Photo by …</cite>",
            // a copyright line over the picture) belongs to it.
            var credit = caption.NextElementSibling is { } next && (CreditClass.ContainsNamePart(next.ClassName) || next.LocalName == "cite") ? next
                : caption is { LocalName: "figcaption", ParentElement: { LocalName: "figure" } figure } ? FigureCredit(figure, caption)
                : null;
            TidyCaption(caption);
            var text = string.Join(' ', HtmlText.Lines(caption).Concat(credit is null ? [] : HtmlText.Lines(credit)).Select(line => line.Text));
            credit?.Remove();
            if (text.Length > 0 && !captions.Contains(text))
            {
                captions.Add(text);
            }

            caption.Remove();
        }

        // Without a figure, the caption is the line under the picture, known by its credit ("(Photo by …)").
        foreach (var image in document.SelectAll("img, picture").ToList())
        {
            var picture = image.ParentElement is { LocalName: "a" or "picture" } wrapper && wrapper.Children.Length == 1 ? wrapper : image;
            if (picture.NextElementSibling is { LocalName: "p" or "div" or "span" or "small" } below && below.TextContent.Length < 500
                && CaptionDetector.TryRead(Whitespace.Collapse(below.TextContent)) is { } texts)
            {
                captions.AddRange(texts.Where(text => !captions.Contains(text)));
                below.Remove();
            }
        }

        foreach (var figure in document.SelectAll("figure").ToList())
        {
            figure.Remove();
        }

        return captions;
    }

    /// <summary>
    /// "&lt;figcaption&gt;&lt;span class="caption"&gt;… 2013.&lt;/span&gt;&lt;a&gt;Play&lt;/a&gt;&lt;span class="credit"&gt;Jane Doe/AP&lt;/span&gt;&lt;/figcaption&gt;":
    /// a player's button inside the caption is no part of it, and a credit there is set off by layout, not by a space,
    /// so it would read glued to the caption's last word.
    /// </summary>
    private static void TidyCaption(IElement caption)
    {
        var spaced = false;
        foreach (var element in DocumentOrder.Elements(caption).ToList())
        {
            if (element.LocalName is "a" or "button" && element.TextContent.Length < 20 && BoilerplateFilter.IsBoilerplate(Whitespace.Collapse(element.TextContent)))
            {
                element.Remove();
            }
            else if (!spaced && element != caption && CreditClass.ContainsNamePart(element.ClassName) && element.ParentElement is { } parent)
            {
                var document = caption.Owner!;
                parent.InsertBefore(document.CreateTextNode(" "), element);
                parent.InsertBefore(document.CreateTextNode(" "), element.NextSibling);
                spaced = true;
            }
        }
    }

    /// <summary>A credit elsewhere in the figure than its caption: "&lt;span class="story-image-copyright"&gt;Getty Images&lt;/span&gt;".</summary>
    private static IElement? FigureCredit(IElement figure, IElement caption)
    {
        foreach (var element in DocumentOrder.Elements(figure))
        {
            if (element != figure && CreditClass.ContainsNamePart(element.ClassName) && !caption.Contains(element) && !element.Contains(caption)
                && element.TextContent.Length < 120)
            {
                return element;
            }
        }

        return null;
    }

    private static IEnumerable<IElement> GatedText(IDocument document, List<string> selectors)
    {
        foreach (var selector in selectors)
        {
            IElement? gated;
            try
            {
                gated = document.QuerySelector(selector);
            }
            catch (DomException)
            {
                // A selector the page's template wrote wrong names nothing.
                continue;
            }

            if (gated is not null)
            {
                yield return gated;
            }
        }
    }

    private static void RemoveNoise(IDocument document, IElement?[] rootCandidates)
    {
        foreach (var element in document.SelectAll("nav, aside, footer, header, [role='navigation'], [role='complementary']").ToList())
        {
            element.Remove();
        }

        RemoveSignUpBoxes(document, rootCandidates);

        // Search and sign-up forms are small; ASP.NET wraps the whole page in one.
        foreach (var form in document.SelectAll("form").Where(form => form.TextContent.Length < 1000).ToList())
        {
            form.Remove();
        }

        // A media player's controls ("Play", "0:00", "2:14") sit beside its <video> in the player's own box.
        foreach (var media in document.SelectAll("video, audio").ToList())
        {
            var player = media.Nearest("[class*='player']");
            (player is not null && player.TextContent.Length < 500 ? player : media).Remove();
        }

        // A content root whose class happens to hold a furniture word ("article-text heading-tag-switch") stays, and so
        // does what holds it.
        var kept = new HashSet<IElement>();
        foreach (var candidate in rootCandidates)
        {
            for (var element = candidate; element is not null && kept.Add(element); element = element.ParentElement)
            {
            }
        }

        foreach (var element in document.SelectAll("[class], [id]").Where(element => !kept.Contains(element) && IsNoise(element)).ToList())
        {
            element.Remove();
        }
    }

    /// <summary>
    /// A newsletter box in the text whose hashed classes say nothing ("css-nl5", "sc-nl0") still asks for an e-mail
    /// address: the small block around that field, its name and pitch included, is the box.
    /// </summary>
    private static void RemoveSignUpBoxes(IDocument document, IElement?[] rootCandidates)
    {
        foreach (var field in document.SelectAll("input[type='email']").ToList())
        {
            var box = field.ParentElement;
            if (box?.LocalName == "form")
            {
                box = box.ParentElement;
            }

            if (box is not null && box.LocalName is not ("body" or "main" or "article") && !rootCandidates.Contains(box) && box.TextContent.Length < 400)
            {
                box.Remove();
            }
        }
    }

    /// <summary>
    /// A content root that holds the headline may also hold the summary bullets under it (a tabloid's
    /// <c>ul.mol-bullets-with-font</c>): a list before the first paragraph is the summary, not the text.
    /// </summary>
    private static void RemoveSummaryBullets(IElement root)
    {
        if (root.SelectFirst("h1") is null)
        {
            return;
        }

        var lists = new List<IElement>();
        foreach (var element in DocumentOrder.Elements(root))
        {
            if (element.LocalName == "p" && element.TextContent.Length > 80)
            {
                break;
            }

            if (element.LocalName is "ul" or "ol")
            {
                lists.Add(element);
            }
        }

        foreach (var list in lists)
        {
            list.Remove();
        }
    }

    /// <summary>
    /// "&lt;p class="fig-chapo"&gt;", "&lt;h2 class="c-content-head__subtitle"&gt;": the summary a class names as such, above the
    /// first paragraph of the text, is the standfirst, even when it ends like a sentence. Further down such a class may
    /// name a crosshead, which is text.
    /// </summary>
    private static void RemoveStandfirst(IElement root)
    {
        var standfirsts = new List<IElement>();
        foreach (var element in DocumentOrder.Elements(root))
        {
            if (element == root || standfirsts.Any(standfirst => standfirst.Contains(element)))
            {
                continue;
            }

            if (StandfirstClass.ContainsNamePart(element.ClassName) && element.TextContent.Length < 600)
            {
                standfirsts.Add(element);
            }
            else if (element.LocalName == "p" && element.TextContent.Length > 80)
            {
                break;
            }
        }

        // "<div class="intro">An anonymous reader writes …</div>" over two short paragraphs: on a community news site the
        // summary is the story, and a standfirst is always far shorter than the text it stands over.
        if (standfirsts.Sum(standfirst => standfirst.TextContent.Length) * 2 > root.TextContent.Length)
        {
            return;
        }

        foreach (var standfirst in standfirsts)
        {
            standfirst.Remove();
        }
    }

    /// <summary>
    /// "READ: What closes in a shutdown", "Opinion: Why shutdowns never work", "» LIRE AUSSI - Grève à la SNCF": a paragraph
    /// that is only a link, after at most a short label, points to another story.
    /// </summary>
    private static void RemoveTeaserParagraphs(IElement root)
    {
        foreach (var paragraph in root.SelectAll("p").ToList())
        {
            var links = paragraph.SelectAll("a");
            if (links.Length == 0)
            {
                continue;
            }

            var text = Whitespace.Collapse(paragraph.TextContent);
            var linkText = Whitespace.Collapse(string.Join(' ', links.Select(link => link.TextContent)));
            var label = text.EndsWith(linkText, StringComparison.Ordinal) ? text[..^linkText.Length].TrimEnd() : null;
            if (linkText.Length > 0 && (label == string.Empty || (label is not null && IsTeaserLabel(label))))
            {
                paragraph.Remove();
            }
        }
    }

    /// <summary>"READ:", "» LIRE AUSSI -", "Mehr zum Thema:": a short label that ends in a colon or a dash.</summary>
    private static bool IsTeaserLabel(string label) => label.Length > 0 && label[^1] is ':' or '-' or '–' or '—' && Words.Count(label.AsSpan().Trim("»›> :-–—")) <= 3;

    private static bool IsNoise(IElement element)
    {
        if (element.LocalName is "body" or "html" or "main" or "article")
        {
            return false;
        }

        return NoiseWords.ContainsNamePart(element.ClassName) || NoiseWords.ContainsNamePart(element.Id);
    }

    private static IElement? FindContentRoot(IDocument document, IElement?[] candidates)
    {
        foreach (var root in candidates)
        {
            // "<body class="c-article-body-page">" names the page's template, not a root inside it.
            if (root is not null && root.LocalName is not ("body" or "html") && IsInDocument(root, document) && root.TextContent.Length > 200)
            {
                return root;
            }
        }

        return document.SelectAll("article").OrderByDescending(ParagraphText).FirstOrDefault(article => ParagraphText(article) > 200)
            ?? DensestBlock(document);
    }

    /// <summary>Whether an element found before the furniture went is still in the page.</summary>
    private static bool IsInDocument(IElement element, IDocument document)
    {
        var top = element;
        while (top.ParentElement is { } parent)
        {
            top = parent;
        }

        return top == document.DocumentElement;
    }

    private static int ParagraphText(IElement element) => element.SelectAll("p").Sum(paragraph => paragraph.TextContent.Length);

    /// <summary>The length of a div that is a paragraph in all but name: prose ending like a sentence, no block inside; else 0.</summary>
    private static int ProseLength(IElement block)
    {
        if (block.Children.Any(child => child.LocalName is "div" or "p" or "ul" or "ol" or "table" or "h2" or "h3" or "h4" or "form"))
        {
            return 0;
        }

        var text = block.TextContent.AsSpan().Trim();
        return text.Length > 80 && Words.EndsSentence(text) ? text.Length : 0;
    }

    /// <summary>
    /// "&lt;div class="intro"&gt;…&lt;/div&gt;&lt;div class="full"&gt;&lt;p&gt;…&lt;/p&gt;&lt;p&gt;…&lt;/p&gt;&lt;/div&gt;": the story's opening and
    /// its rest in sibling divs (Slash, Movable Type's "entry-more"); the rest is a div of paragraphs and nothing else.
    /// </summary>
    private static int ProseOrParagraphsLength(IElement block) => ProseLength(block) is > 0 and var prose ? prose : ParagraphsOnly(block);

    private static int ParagraphsOnly(IElement block)
    {
        var length = 0;
        foreach (var child in block.Children)
        {
            if (child.LocalName != "p")
            {
                return 0;
            }

            length += child.TextContent.Length;
        }

        return length > 80 ? length : 0;
    }

    /// <summary>
    /// For markup without structure: the block holding the most text of its own, in text nodes, paragraphs and divs
    /// written as paragraphs.
    /// </summary>
    private static IElement? DensestBlock(IDocument document)
    {
        IElement? best = null;
        var bestScore = 200;
        foreach (var element in document.SelectAll("div, td, section, main, center"))
        {
            int score = 0, proseDivs = 0, proseDivText = 0;
            foreach (var child in element.ChildNodes)
            {
                score += child switch
                {
                    IText text => text.Data.AsSpan().Trim().Length,
                    IElement { LocalName: "p" } paragraph => paragraph.TextContent.Length,
                    _ => 0,
                };
                if (child is IElement { LocalName: "div" } block && ProseOrParagraphsLength(block) is > 0 and var length)
                {
                    proseDivs++;
                    proseDivText += length;
                }
            }

            // "<div class="x2">…</div><div class="x2">…</div>": paragraphs written as sibling divs of plain text.
            score += proseDivs >= 2 ? proseDivText : 0;
            if (score > bestScore)
            {
                (best, bestScore) = (element, score);
            }
        }

        return best;
    }

    /// <summary>A part of the document title ("Site - Headline") that the page also shows on a line of its own.</summary>
    private static string? TitleFromDocumentTitle(IDocument document, PageLines lines)
    {
        var full = Whitespace.Collapse(document.Title);
        var parts = full.Split([" | ", " - ", " – ", " — ", " :: ", " · "], StringSplitOptions.TrimEntries);
        return parts.Where(part => Words.Count(part) >= 3).OrderByDescending(part => part.Length).FirstOrDefault(IsShown)
            ?? (full.IndexOf(": ", StringComparison.Ordinal) is > 0 and var colon && full[(colon + 2)..] is var afterBlogName && IsShown(afterBlogName) ? afterBlogName : null);

        // "Statehouse Notebook: Senate panel guts …": TypePad and classic Blogger lead the title with the blog's name and a colon.
        // "Wireless Networking: City-Run Wi-Fi …": a community news site shows the headline after its topic.
        bool IsShown(string part) => lines.FindIndex(line => string.Equals(line.Text, part, StringComparison.Ordinal)
            || (line.Text.Length > part.Length + 2 && line.Text.EndsWith(part, StringComparison.Ordinal) && line.Text.AsSpan(0, line.Text.Length - part.Length).EndsWith(": "))) >= 0;
    }

    /// <summary>
    /// The page's own headline when the metadata's is a shortened form of it: "Grandmother, 81, who swam Windermere told
    /// to pay £400 for safety boat" in og:title, the full sentence in the h1 (tabloids write short titles for sharing).
    /// </summary>
    private static string FullerHeadline(IDocument document, List<IElement> headings, string title)
    {
        var titleWords = title.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // The page's h1 elements, found before the captions went: a heading inside a removed caption no longer counts.
        foreach (var heading in headings.Where(heading => IsInDocument(heading, document)))
        {
            var shown = Whitespace.Collapse(heading.TextContent);
            if (IsSiteSuffixed(title, shown) || IsKickerPrefixed(title, shown))
            {
                return shown;
            }

            if (shown.Length <= title.Length || shown.Length > 300)
            {
                continue;
            }

            var shownWords = shown.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.OrdinalIgnoreCase);
            if (titleWords.Count(shownWords.Contains) * 10 >= titleWords.Length * 8)
            {
                return shown;
            }
        }

        return title;
    }

    /// <summary>"Water rates to rise … | The Valley Register" in og:title, the headline alone in the h1.</summary>
    private static bool IsSiteSuffixed(string title, string shown) =>
        shown.Length >= 20 && title.Length > shown.Length + 3 && title.StartsWith(shown, StringComparison.Ordinal)
        && title.AsSpan(shown.Length).TrimStart() is [('|' or '-' or '–' or '—' or ':' or '·'), ' ', ..];

    /// <summary>
    /// "Lugano, chiude lo storico cinema …" in og:title, "Chiude lo storico cinema …" in the h1 under its kicker "Lugano":
    /// the sharing title leads with the place or topic the page prints apart.
    /// </summary>
    private static bool IsKickerPrefixed(string title, string shown)
    {
        if (shown.Length < 20 || title.Length <= shown.Length + 2 || !title.EndsWith(shown, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var kicker = title.AsSpan(0, title.Length - shown.Length).TrimEnd();
        return kicker is [.., ',' or ':' or '-' or '–' or '—' or '|'] && Words.Count(kicker) <= 4;
    }

    /// <summary>The metadata's time unless the page shows the same day with the time of day.</summary>
    private static string? MorePrecise(string? metadata, string? shown) =>
        metadata is { Length: 10 } && shown is not null && shown.StartsWith(metadata, StringComparison.Ordinal) ? shown : metadata ?? shown;

    /// <summary>"Grain elevator fire … :: Tri-County Chronicle": the part of the document title that is not the headline.</summary>
    private static string? SiteFromTitle(IDocument document, string? title)
    {
        var full = Whitespace.Collapse(document.Title);
        if (title is null || full.Length <= title.Length || !full.Contains(title, StringComparison.Ordinal))
        {
            return null;
        }

        var rest = full.Replace(title, string.Empty, StringComparison.Ordinal).Trim(' ', '|', '-', '–', '—', ':', '·', '•', '«', '»');
        // "Macon Valley Ledger | 03/11/2004 | Late freeze …": a 2004 chain's title gives the story's date beside the paper.
        if (rest.LastIndexOf(" | ", StringComparison.Ordinal) is > 0 and var bar && DateLineParser.TryParseLine(rest.AsSpan(bar + 3), out _))
        {
            rest = rest[..bar].TrimEnd();
        }

        return rest.Length is > 0 and <= 60 ? rest : null;
    }

    /// <summary>An upper bound on element nesting, from a single pass over the tags.</summary>
    private static int NestingDepth(string html)
    {
        int depth = 0, max = 0;
        for (var at = html.IndexOf('<', StringComparison.Ordinal); at >= 0 && at + 1 < html.Length; at = html.IndexOf('<', at + 1))
        {
            var next = html[at + 1];
            if (next == '/')
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (char.IsAsciiLetter(next) && !IsVoidOrSelfClosing(html, at + 1))
            {
                max = Math.Max(max, ++depth);
            }
        }

        return max;
    }

    private static bool IsVoidOrSelfClosing(string html, int nameStart)
    {
        var end = nameStart;
        while (end < html.Length && char.IsAsciiLetterOrDigit(html[end]))
        {
            end++;
        }

        var name = html.AsSpan(nameStart, end - nameStart);
        if (name.Equals("br", StringComparison.OrdinalIgnoreCase) || name.Equals("img", StringComparison.OrdinalIgnoreCase)
            || name.Equals("meta", StringComparison.OrdinalIgnoreCase) || name.Equals("link", StringComparison.OrdinalIgnoreCase)
            || name.Equals("input", StringComparison.OrdinalIgnoreCase) || name.Equals("hr", StringComparison.OrdinalIgnoreCase)
            || name.Equals("p", StringComparison.OrdinalIgnoreCase) || name.Equals("li", StringComparison.OrdinalIgnoreCase)
            || name.Equals("source", StringComparison.OrdinalIgnoreCase) || name.Equals("wbr", StringComparison.OrdinalIgnoreCase)
            || name.Equals("area", StringComparison.OrdinalIgnoreCase) || name.Equals("col", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var close = html.IndexOf('>', end);
        return close > 0 && html[close - 1] == '/';
    }
}
