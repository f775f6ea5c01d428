using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div&gt;Filed Under &lt;a&gt;Local News&lt;/a&gt; &lt;a&gt;Education&lt;/a&gt;&lt;/div&gt;": a tag label, with or without its
/// colon, then only links. A reader sees one tag per link, even where the rendering runs the links together with spaces
/// and no text line could split them; the list the page shows outranks the keywords meta. A label the list does not
/// know ("Mehr zum Thema: &lt;a href="/thema/Router"&gt;Router&lt;/a&gt;, …") counts when every link leads to one of the
/// site's topic pages: the label alone also heads a related headline. A network's "Add Interest:" row over its topic
/// buttons lists the story's topics as tags, as "Follow:" does.
/// </summary>
internal static class LabelledTagLinks
{
    private static readonly WordSet Labels = new(
    [
        "filed under", "tags", "tagged", "tagged with", "topics", "related topics", "keywords", "add interest",
        // Blogger names a post's tags labels: "<span class="post-labels">Labels: <a rel="tag">Travel</a>, …</span>".
        "labels",
        // Continental papers' tag rows: "<span>Argomenti:</span> <a>scuola</a> <a>disabilità</a>" (2010–2016).
        "argomenti", "parole chiave", "schlagworte", "schlagwörter", "stichworte", "mots-clés", "mots clés", "étiquettes", "etiquetas", "palabras clave",
        "archivado en", "tópicos", "assuntos", "palavras-chave", "trefwoorden", "onderwerpen",
        // "Themen in diesem Artikel:" over the story's topic links (German dailies, 2015–2020).
        "themen in diesem artikel", "themen dieses artikels", "themen im artikel",
        // "<li>タグ <a>Intel</a>, <a>SSD</a></li>": Japanese and Chinese blogs label the row "tag" (TagRowInListItem).
        "タグ", "标签", "標籤",
    ]);

    private static readonly string[] TopicPaths = ["/tag/", "/tags/", "/topic/", "/topics/", "/thema/", "/themen/", "/tema/", "/temas/", "/sujet/", "/schlagwort/"];

    private const int MaxOtherLabelWords = 4;

    /// <summary>The longest first text of a list item read as a tag label ("themen in diesem artikel:" fits).</summary>
    private const int MaxListItemLabelLength = 40;

    /// <summary>Where a site prints rows of its topic pages on every page ("Trending: …", "Hot topics: …"): no story's tags.</summary>
    internal const string SiteWideRows =
        "nav, header, footer, aside, [id*='nav'], [class*='nav'], [id*='menu'], [class*='menu'], [id*='rail'], [class*='rail'], [class*='trending'], [class*='hot-topic'], [class*='popular'], "
        // A breadcrumb (a TYPO3 template spells it "breadcrump") and a pager ("cag_pagebrowser": "zurück | Zum Anfang |
        // weiter") lead to the site's sections and to the pages before and after: navigation, however the site names its topic paths.
        + "[class*='breadcrum'], [id*='breadcrum'], [class*='pagebrowser'], [class*='pagination'], [class*='pager']";

    public static List<string> Find(IDocument document)
    {
        // A row of the post's categories, kept in case no row of its tags follows (CategoryRowBesideTagRow): one of
        // links marked a category's under a tags label, one under a categories label, and whether a tags label was seen.
        List<string>? categoryRow = null;
        List<string>? labelledCategoryRow = null;
        var tagLabelSeen = false;
        foreach (var holder in document.SelectAll("div, p, span, li"))
        {
            // A list item is asked only when its own first text opens with a known label (TagRowInListItem): a span check, no
            // string built, so a menu's items cost a lookup each.
            if (holder.LocalName == "li" && (holder.FirstChild is not IText { Data: var opening } || !OpensWithKnownLabel(opening)))
            {
                continue;
            }

            if (LabelOf(holder) is not ({ } labelText, { } labelNode))
            {
                continue;
            }

            // TagRowInListItem: "<ul><li>カテゴリ <a>…</a></li><li>タグ <a>Intel</a>, <a>SSD</a></li></ul>": a blog sets
            // its entry meta as a list, one labelled row an item. Only a known label printed as the item's own text counts,
            // with links alone after it and outside the site's menus: a menu's "<li><span>Topics</span><ul>…" item heads
            // the site's sections, no story's tags.
            var listItem = holder.LocalName == "li";
            if (listItem && (labelNode is not IText || !IsKnownLabel(labelText.TrimEnd(':').Trim()) || SiteWideRow.Holds(holder)))
            {
                continue;
            }

            var categoryLabel = CategoryRowBesideTagRow.IsLabel(labelText);
            // "… | Topic: <a>Ferries</a>": the singular label after a pipe (PipedLabel) names the story's one topic (SingularTopicLabel).
            var known = IsKnownLabel(SlashedLabel.Words(WithoutCommentSlashes(labelText.TrimEnd(':').Trim()))) || SingularTopicLabel.Is(labelText);
            tagLabelSeen |= known;
            // Gannett's "<span class="asset-tags-label">Read more from:</span> <a>Rail shortage</a>" shows the first of
            // the keywords only: a label in an element of its own counts when it names a tag list.
            var unknownButShort = labelNode is IText && Words.Count(labelText) <= MaxOtherLabelWords && !SiteWideRow.Holds(holder);
            var colonless = !known && labelText is not [.., ':'];
            // A categories label is read on, in a footer too, for links marked a category's (CategoryRowBesideTagRow).
            if (!known && !unknownButShort && !categoryLabel)
            {
                if (LabelOverTopicList.Tags(holder, labelNode, labelText) is { Count: > 0 } topics)
                {
                    return [.. topics.Distinct(StringComparer.OrdinalIgnoreCase)];
                }

                continue;
            }

            var links = new List<string>();
            var categoryLinks = 0;
            var labelWords = SlashedLabel.Words(WithoutCommentSlashes(labelText.TrimEnd(':').Trim()));
            foreach (var node in holder.ChildNodes.SkipWhile(node => node != labelNode).Skip(1))
            {
                // "Tags<br><ul>…": the label on a line of its own over the list.
                if (node is IElement { LocalName: "br" })
                {
                    continue;
                }

                // "Add Interest: <a>John Kerry</a> <a>Iran</a><a class="add_interest_button">Add Interest</a>": the widget's
                // own button repeats its label and is no tag.
                if (node is IElement { LocalName: "a" } button && string.Equals(Whitespace.Collapse(button.TextContent), labelWords, StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                // "<span class="asset-tags-label">Read or Share this story:</span> <a>http://ntoday.us/1eVx</a>": a short
                // address to copy is no topic, and the row it ends is a share row, no tag list.
                if (node is IElement { LocalName: "a" } address && ShareButtonLink.Is(address))
                {
                    links.Clear();
                    break;
                }

                // SeparatorInsideTagLink: "<a href="#collapse">Show More</a>" opens the rest of the list in place (a named anchor
                // of the page), no tag; a script's bare "#" ("Add Interest: <a href="#">Iran</a>") still leads to a topic.
                if (node is IElement { LocalName: "a" } opener && opener.GetAttribute("href") is ['#', _, ..])
                {
                    continue;
                }

                if (node is IElement { LocalName: "a" } link && SeparatorInsideTagLink.Without(Whitespace.Collapse(link.TextContent)) is { Length: > 0 and < 60 } tag
                    && (known || LeadsToTopicPage(link) || (categoryLabel && (CategoryRowBesideTagRow.IsCategoryLink(link) || CategoryPageRow.IsLink(link)))))
                {
                    links.Add(tag);
                    // CategoryPageRow: under a categories label, an unmarked link to a category page is a category's too.
                    categoryLinks += CategoryRowBesideTagRow.IsCategoryLink(link) || (categoryLabel && CategoryPageRow.IsLink(link)) ? 1 : 0;
                }
                else if (known && !listItem && node is IElement { LocalName: "ul" or "ol" } list && LinkList.Items(list) is { } items)
                {
                    links.AddRange(items);
                }
                else if (known && !listItem && node is IElement { LocalName: "p" } row && row.PreviousElementSibling == labelNode
                    && LabelParagraphOverLinkRow.Links(row) is { } rowLinks)
                {
                    links.AddRange(rowLinks);
                }
                else if (known && !listItem && node is IElement { LocalName: "span" } wrapper && LinksOnly(wrapper) is { } wrapped)
                {
                    // "<span class="tags-header">Related Topics:</span><span itemprop="keywords"><a rel="tag">Facebook</a><a
                    // rel="tag">Instagram</a></span>": the links in a span of their own after the label, one tag each.
                    links.AddRange(wrapped);
                }
                else if (node is not IText separator || (separator.Data.AsSpan().Trim(" ,·|;\u00a0\t\r\n").Length > 0 && !(categoryLabel && CategoryPageRow.IsSeparator(separator.Data))))
                {
                    links.Clear();
                    break;
                }
            }

            // "Read more on <a href="/topic/Manmohan-Singh">…</a> | <a>…</a>": a label without colon heads a row of topic
            // links only when there are two at least; one link after a few words is a sentence's link.
            if (links.Count > (colonless ? 1 : 0))
            {
                if (categoryLinks == links.Count && categoryLabel)
                {
                    labelledCategoryRow ??= [.. links.Distinct(StringComparer.OrdinalIgnoreCase)];
                    continue;
                }

                if (categoryLinks == links.Count)
                {
                    categoryRow ??= [.. links.Distinct(StringComparer.OrdinalIgnoreCase)];
                    continue;
                }

                return [.. links.Distinct(StringComparer.OrdinalIgnoreCase)];
            }
        }

        // A tags label whose row the markup hides from this reader ("<span>Tags:</span><a>…</a><span>,</span>") still
        // names the tags: the text's line gives them, and the categories row none.
        if ((categoryRow ?? (tagLabelSeen ? null : labelledCategoryRow)) is { } categories)
        {
            return categories;
        }

        return FromLabelledList(document) is { Count: > 0 } listed ? listed
            : FromDefinitionList(document) is { Count: > 0 } defined ? defined
            : ToggledTagList.Find(document) is { Count: > 0 } toggled ? toggled
            // "<h3>More On:</h3><div class="field-items"><div><a href="/topic/…">…": a heading as the label (HeadingTagLabelOverLinkBox).
            : HeadingTagLabelOverLinkBox.Find(document) is { Count: > 0 } headed ? headed
            // "<h2>Related Topics <span>------</span></h2><a href="/topic/…">…</a> …": a ruled heading over topic buttons (RuledHeadingTopicLinks).
            : RuledHeadingTopicLinks.Find(document) is { Count: > 0 } ruled ? ruled
            // "<footer><h2>Categories</h2><div><a href="/categories/…">…</a>, …</div></footer>" in an article (CategoriesHeadingInArticleFooter).
            : CategoriesHeadingInArticleFooter.Find(document) is { Count: > 0 } footed ? footed
            // "<article>…<span>Kategorien:</span><ul><li><a>…</a></li>…</ul>": a labelled categories list under the text (CategoriesLabelOverArticleList).
            : CategoriesLabelOverArticleList.Find(document);
    }

    /// <summary>
    /// "&lt;dl class="work meta"&gt;&lt;dt&gt;Fandom:&lt;/dt&gt;&lt;dd&gt;…&lt;/dd&gt;&lt;dt&gt;Additional Tags:&lt;/dt&gt;&lt;dd&gt;&lt;ul&gt;&lt;li&gt;&lt;a&gt;Lighthouses&lt;/a&gt;…": a work's
    /// or a record's metadata set as a definition list, one term a field. The term that names tags ("Tags:", "Keywords:", or
    /// a few words ending in "Tags", as "Additional Tags:") heads the links of the definition after it; the other fields
    /// (categories, ratings, people) are no tags, as a "Categories:" row over "Tags:" gives none.
    /// </summary>
    private static List<string> FromDefinitionList(IDocument document)
    {
        foreach (var term in document.SelectAll("dt"))
        {
            if (Whitespace.Collapse(term.TextContent).TrimEnd(':').Trim() is not { Length: > 0 and < 40 } label
                || !(IsKnownLabel(label) || (label.EndsWith(" tags", StringComparison.OrdinalIgnoreCase) && Words.Count(label) <= 3))
                || term.NextElementSibling is not { LocalName: "dd" } definition
                // A post's data box set as an aside or a footer inside its article is the post's, no rail (PostMetaBoxInArticle).
                || (SiteWideRow.Holds(definition) && !PostMetaBoxInArticle.Holds(definition)))
            {
                continue;
            }

            // The links and nothing else but their separators ("<ul class="commas"><li><a>…</a></li>…").
            var links = new List<string>();
            if (!AddDefinitionLinks(definition, links))
            {
                continue;
            }

            // EachTagItsOwnDefinition: "<dl id="tags"><dt>Tags:</dt><dd><a>ferries</a></dd><dd><a>harbour</a></dd>…":
            // one definition a tag, the term heading every definition up to the next term. A definition of other words
            // ends the list there, and the tags read so far stand.
            for (var next = definition.NextElementSibling; next is { LocalName: "dd" }; next = next.NextElementSibling)
            {
                if (!AddDefinitionLinks(next, links))
                {
                    break;
                }
            }

            return [.. links.Distinct(StringComparer.OrdinalIgnoreCase)];
        }

        return [];
    }

    /// <summary>
    /// Adds the texts of <paramref name="definition"/>'s links when it holds links and nothing else but their separators,
    /// each tag-sized; false (and nothing added) otherwise.
    /// </summary>
    private static bool AddDefinitionLinks(IElement definition, List<string> links)
    {
        var found = definition.SelectAll("a").Select(link => Whitespace.Collapse(link.TextContent)).ToList();
        if (found.Count == 0 || !found.TrueForAll(tag => tag.Length is > 0 and < 60)
            || !definition.Descendants<IText>().All(text => text.ParentElement?.Nearest("a") is not null || text.Data.AsSpan().Trim(" ,·|;\u00a0\t\r\n").Length == 0))
        {
            return false;
        }

        links.AddRange(found);
        return true;
    }

    /// <summary>The texts of <paramref name="wrapper"/>'s links when it holds links and nothing else, else null.</summary>
    private static List<string>? LinksOnly(IElement wrapper)
    {
        if (wrapper.ChildElementCount == 0 || wrapper.Children.Any(child => child.LocalName != "a")
            || wrapper.ChildNodes.OfType<IText>().Any(text => text.Data.AsSpan().Trim(" ,·|;\u00a0\t\r\n").Length > 0))
        {
            return null;
        }

        var tags = wrapper.Children.Select(link => Whitespace.Collapse(link.TextContent)).ToList();
        return tags.TrueForAll(tag => tag.Length is > 0 and < 60) ? tags : null;
    }

    /// <summary>
    /// "&lt;ul&gt;&lt;li class="themes-list-description"&gt;Themen in diesem Artikel:&lt;/li&gt;&lt;li&gt;&lt;a&gt;Flixbus&lt;/a&gt;&lt;/li&gt;…&lt;/ul&gt;":
    /// the label as the list's first item, no link in it, and one link in each item after it.
    /// </summary>
    private static List<string> FromLabelledList(IDocument document)
    {
        foreach (var list in document.SelectAll("ul, ol"))
        {
            if (list.FirstElementChild is not { LocalName: "li" } first || first.SelectFirst("a") is not null
                || Whitespace.Collapse(first.TextContent) is not { Length: > 0 and < 40 } label || !Labels.Contains(label.TrimEnd(':').Trim()))
            {
                continue;
            }

            var tags = new List<string>();
            foreach (var item in list.Children.Skip(1))
            {
                if (item.LocalName != "li" || item.SelectAll("a") is not [var link]
                    || Whitespace.Collapse(item.TextContent) is not { Length: > 0 and < 60 } tag || tag != Whitespace.Collapse(link.TextContent))
                {
                    tags.Clear();
                    break;
                }

                tags.Add(tag);
            }

            if (tags.Count > 0)
            {
                return [.. tags.Distinct(StringComparer.OrdinalIgnoreCase)];
            }
        }

        return [];
    }

    /// <summary>
    /// The label as printed first in the row: its own text ("Tags: &lt;a&gt;…"), or an element around it that holds no link
    /// ("&lt;span&gt;Tags:&lt;/span&gt; &lt;a&gt;…", Polopoly and Escenic templates).
    /// </summary>
    private static (string Text, INode Node)? LabelOf(IElement holder)
    {
        if (holder.FirstChild is IText { Data: var data } text && data.AsSpan().Trim().Length > 0)
        {
            return PipedLabel.After(holder) ?? (data.Trim(), text);
        }

        var first = holder.FirstChild is IText { Data: var blank } && blank.AsSpan().Trim().Length == 0 ? holder.FirstChild.NextSibling : holder.FirstChild;
        if (first is IElement { LocalName: "span" or "strong" or "b" or "em" or "label" } element && element.SelectFirst("a") is null
            && Whitespace.Collapse(element.TextContent) is { Length: > 0 } label && (label.EndsWith(':') || IsKnownLabel(SlashedLabel.Words(label))
                // "<span>Other Topics</span><ul>…": a colonless label named by its list's noun, left to LabelOverTopicList (TagNounEndedLabel).
                || TagNounEndedLabel.Is(label)))
        {
            return (label, element);
        }

        // "<div><div>Related Topics</div><ul><li><a>Republican Primary</a></li></ul></div>": the label in a div of its own
        // over a list of topic links (LabelDivOverTagList).
        if (LabelDivOverTagList.Label(first) is { } divLabel)
        {
            return (divLabel, first!);
        }

        // "<div><p><strong>Mots-clés</strong></p><p><a>…</a> / <a>…</a></p></div>": the label a paragraph of its own over a
        // paragraph of links (LabelParagraphOverLinkRow).
        if (LabelParagraphOverLinkRow.Label(first) is { } paragraphLabel)
        {
            return (paragraphLabel, first!);
        }

        // "<div class="row tags"><h2><a href="/tags/">Tags</a></h2> <a>Mobile</a> <a>FCC</a> …": the row's heading names it
        // a tag list, its words one link to the index of all tags (LinkedHeadingTagLabel); only a known label counts so. A
        // heading of plain words ("<h3>Related Topics</h3><ul><li><a href="/news/world">World »</a>…") heads a box of
        // sections, no tag row.
        return first is IElement { LocalName: "h2" or "h3" or "h4" or "h5" or "h6", ChildElementCount: 1, FirstElementChild: { LocalName: "a" } index } heading
            && TopicLinkInLinkCloud.LeadsToTopicIndex(index.GetAttribute("href"))
            && Whitespace.Collapse(heading.TextContent) is { Length: > 0 and < 40 } headingLabel && IsKnownLabel(headingLabel.TrimEnd(':').Trim())
            ? (headingLabel, heading)
            : null;
    }

    /// <summary>
    /// "// Tags": an engineering blog prints its labels as code comments ("// By Name", "// Tags"); the slashes are no
    /// part of the label's words.
    /// </summary>
    private static string WithoutCommentSlashes(string label) => label.StartsWith("//", StringComparison.Ordinal) ? label[2..].TrimStart() : label;

    /// <summary>"Topics in this article:", "Tags for this story:": a known label opening a longer one.</summary>
    /// <summary>Whether the text, trimmed and without its colon, is a known label or opens with one; the text stays a span.</summary>
    private static bool OpensWithKnownLabel(string text)
    {
        var label = text.AsSpan().Trim();
        if (label.Length is 0 or > MaxListItemLabelLength)
        {
            return false;
        }

        label = label.TrimEnd(':').TrimEnd();
        return Labels.Contains(label) || (label.IndexOf(' ') is > 0 and var space && Labels.Contains(label[..space]));
    }

    internal static bool IsKnownLabel(string label) =>
        Labels.Contains(label) || (label.IndexOf(' ') is > 0 and var space && Labels.Contains(label.AsSpan(0, space)) && Words.Count(label) <= MaxOtherLabelWords);

    internal static bool LeadsToTopicPage(IElement link) =>
        link.GetAttribute("href") is { } href && TopicPaths.Any(path => href.Contains(path, StringComparison.OrdinalIgnoreCase));
}
