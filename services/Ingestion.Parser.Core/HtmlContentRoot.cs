using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>The element that holds an HTML page's article text: named by its markup, or the densest block of prose.</summary>
internal static class HtmlContentRoot
{
    /// <summary>A named content root holds more than a few lines; a teaser card's "article-text" blurb is shorter.</summary>
    private const int MinRootText = 200;

    private static readonly SimpleSelectors ContentRoots = new(
    [
        "[itemprop='articleBody']", ".entry-content", ".post-content", ".article-body", ".article-content", ".story-body", "#article-body",
        ".post-body", ".field-name-body", ".article__body", ".article-text", ".story-content", ".content-body", ".post-entry", ".text-content",
        "[class*='article-body']", "[class*='articleBody']", "[class*='ArticleBody']", "[class*='story-body']", "[data-testid='article-body']",
        "[data-component='article-body']", "[class*='entry-content']",
        // Elementor, a page builder, sets a post's text, crossheads and pictures in widgets of their own, each text widget a
        // few paragraphs: the builder's box for the post ("data-elementor-type="wp-post"") holds them all, in page order.
        "[data-elementor-type='wp-post']", "[data-elementor-type='post']",
        // tagDiv's Newspaper theme (and its template builder) sets the post's text in "<div class="td-post-content">",
        // apart from the template's own blocks around it: the tag row's label, teaser grids under their labels (TagDivPostContent).
        ".td-post-content",
        // Elementor Pro's theme builder sets a post in a single-post template of its own widgets (title, post info, the
        // featured picture, comments, related posts); its Post Content widget ("data-widget_type="theme-post-content.default"")
        // holds the post's text alone, where a footer template's long disclaimer is the page's densest prose
        // (ElementorPostContentWidget).
        "[data-widget_type='theme-post-content.default']",
    ]);

    /// <summary>The elements the usual content-root markup names, one per selector, in the selectors' order.</summary>
    public static IElement?[] Candidates(IDocument document) => ContentRoots.FirstOfEach(document);

    /// <summary>
    /// The first candidate still in the document that holds more than a few lines, else the article element with the
    /// most paragraph text, else the densest block of prose.
    /// </summary>
    public static IElement? Find(IDocument document, IElement?[] candidates, IReadOnlyList<string>? descriptions = null)
    {
        foreach (var root in candidates)
        {
            // "<body class="c-article-body-page">" names the page's template, not a root inside it.
            // "<div class="story-content">" naming each card of a "Next In …" strip, not the story (StoryCardCandidate).
            // A rail card's excerpt box, its whole text one link to the other page (LinkWrappedExcerptRoot).
            if (root is not null && root.LocalName is not ("body" or "html") && IsInDocument(root, document) && NodeText.IsLongerThan(root, MinRootText)
                && !StoryCardCandidate.Is(root) && !LinkWrappedExcerptRoot.Is(root))
            {
                var text = StandfirstSharingRootClass.TextAfter(root) ?? root;
                // "<div class="story-teaser"><p>…</p><p>…</p></div>" before the body's box: the text's opening (TeaserParagraphsBeforeBody).
                text = TeaserParagraphsBeforeBody.Joined(text);
                // "<p>… <div></div></p>" miscounting the end tags: the text's box closed a few paragraphs in (RootClosedEarly).
                return NumberedBodyBlock.Joined(RootClosedEarly.Joined(SplitBodyBlocks.Joined(ParagraphMarkedAsBody(text) ?? text)), document);
            }
        }

        // "<article>Text …<br><br>Text …</article>": the article's own text weighs as paragraphs (LineBrokenArticleText).
        // A rail's card marked as an article, its headline a link to the other story, is no candidate (TeaserCardArticle).
        return (document.SelectAll("article").Where(article => !TeaserCardArticle.Is(article)).OrderByDescending(ArticleText)
                    .FirstOrDefault(article => ArticleText(article) > 200) is { } densestArticle
                ? HeadlineElementBeforeArticle.Joined(densestArticle)
                : null)
            ?? (descriptions is null || ExcerptOpensBlock.Find(document, descriptions) is not { } opened ? null : PictureSplitTextRuns.Joined(opened))
            ?? WithOpening(DensestBlock(document, prose: true) ?? DensestBlock(document, prose: false))
            // A video page whose text is the clip's one-paragraph description under the headline (DescriptionUnderHeadline).
            ?? DescriptionUnderHeadline.Block(document, descriptions)
            // A post of a line or two in the one box its markup names as the text (LoneShortPostBody).
            ?? LoneShortPostBody.Find(document, candidates);
    }

    // A headed part of an outline climbs to the outline's root before runs are joined: its sibling parts, of one class
    // under one parent, would read as a story's runs between pictures and be joined without the parent's opening
    // paragraphs (DocutilsSectionDivs).
    private static IElement? WithOpening(IElement? densest) =>
        densest is null ? null
        : NestedHeadedSections.Outline(densest) is var outline && outline != densest ? outline
        : NestedHeadedSections.Outline(ExtendedEntryPart.WithOpening(PictureSplitTextRuns.Joined(densest)));

    /// <summary>
    /// "&lt;p itemprop="articleBody" class="story-body-text"&gt;…&lt;/p&gt;&lt;p itemprop="articleBody" …&gt;": a template that marks
    /// every paragraph as the body (the big broadsheets of 2012–2014); the body is the element holding them all.
    /// </summary>
    private static IElement? ParagraphMarkedAsBody(IElement root)
    {
        if (root.LocalName != "p" || root.ParentElement is not { } parent)
        {
            return null;
        }

        var marked = root.GetAttribute("itemprop");
        return parent.Children.Any(sibling => sibling != root && sibling.LocalName == "p" && sibling.GetAttribute("itemprop") == marked)
            ? parent
            : null;
    }

    /// <summary>Whether none of the candidates holds the few lines <see cref="Find"/> asks of a content root.</summary>
    public static bool NamesNoText(IElement?[] candidates)
    {
        foreach (var candidate in candidates)
        {
            if (candidate is not null && NodeText.IsLongerThan(candidate, MinRootText))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether an element found before the furniture went is still in the page.</summary>
    public static bool IsInDocument(IElement element, IDocument document)
    {
        var top = element;
        while (top.ParentElement is { } parent)
        {
            top = parent;
        }

        return top == document.DocumentElement;
    }

    /// <summary>
    /// "&lt;td class="bodytext"&gt;&lt;font face="Georgia" size="3"&gt;The board voted …&lt;br&gt;&lt;br&gt;The project …&lt;/font&gt;": a
    /// hand-made table layout wraps the whole story in a font tag, its paragraphs parted by line breaks; the text is the
    /// cell's own as much as text written straight into it.
    /// </summary>
    private static int OwnText(IElement font) =>
        font.ChildNodes.OfType<IText>().Sum(text => text.Data.AsSpan().Trim().Length);

    private static int ParagraphText(IElement element) => element.SelectAll("p").Sum(paragraph => paragraph.TextContent.Length);

    private static int ArticleText(IElement article) => ParagraphText(article) + LineBrokenArticleText.Length(article);

    /// <summary>The length of a div that is a paragraph in all but name: prose ending like a sentence, no block inside; else 0.</summary>
    private static int ProseLength(IElement block)
    {
        // A div holding a section of cards is a part of the page, no paragraph (SectioningChildBlock).
        if (block.Children.Any(child => child.LocalName is "div" or "p" or "ul" or "ol" or "table" or "h2" or "h3" or "h4" or "form" || SectioningChildBlock.Is(child)))
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
    private static int ProseOrParagraphsLength(IElement block) => ProseLength(block) is > 0 and var prose ? prose
        : ParagraphsOnly(block) is > 0 and var paragraphs ? paragraphs
        // "<div style="margin: 1em 0"><div>&nbsp;</div><div><span>…</span></div></div>": a paragraph's div in a spacing div.
        : WrappedProseDiv.Inner(block) is { } inner ? ProseLength(inner) : 0;

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
    /// <remarks>
    /// Asked first with only prose counted (<see cref="ProseRuns"/>): a hand-made page's rail writes forty headline links or
    /// calendar entries into one paragraph or font tag, more text than the story beside it. A post with too few sentences
    /// for that (a changelog of "+ Added …" lines) is found by all its text.
    /// </remarks>
    private static IElement? DensestBlock(IDocument document, bool prose)
    {
        IElement? best = null;
        var bestScore = 200;
        // Reuters-style "<span id="articleText"><p>…</p><p>…</p></span>": a span holding the story's paragraphs.
        foreach (var element in document.SelectAll("div, td, section, main, center, span"))
        {
            int score = 0, proseDivs = 0, proseDivText = 0;
            foreach (var child in element.ChildNodes)
            {
                score += child switch
                {
                    IText text => prose ? ProseRuns.Of(text) : text.Data.AsSpan().Trim().Length,
                    IElement { LocalName: "p" } paragraph => prose ? ProseRuns.Length(paragraph) : paragraph.TextContent.Length,
                    IElement { LocalName: "font" } font => prose ? ProseRuns.Length(font) : OwnText(font),
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
}
