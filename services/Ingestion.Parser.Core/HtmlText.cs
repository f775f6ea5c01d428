using System.Text;
using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// Turns a DOM subtree into the lines a browser would show: one per block and per line break, indented by how deep
/// in a reply thread it sits, and with machine-readable times in place of their display text. Iterative, so deeply
/// nested markup cannot overflow the stack.
/// </summary>
internal static class HtmlText
{
    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "header", "footer", "main", "aside", "nav", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd",
        "blockquote", "pre", "table", "tr", "td", "th", "figure", "figcaption", "form", "hr", "address", "details", "summary", "center", "body",
    };

    private static readonly HashSet<string> Invisible = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "svg", "iframe", "button", "select", "input", "textarea", "object", "embed", "canvas", "video",
        "audio", "head", "title", "link", "meta", "option", "label",
    };

    /// <summary>Class words of a shown time ("spcv_timestamp", "vf-comment-time"): run together with a name in the markup, still a word of its own.</summary>
    private static readonly WordSet TimeClassWords = new("time", "timestamp", "date", "datetime");

    /// <summary>How many levels above a reply the comment it answers may start.</summary>
    private const int MaxReplyNesting = 4;

    private static readonly WordSet CommentItems = new(
    [
        "comment", "kommentar", "commentaire", "comentario", "commento", "comentário", "reaction", "reaccion", "reply", "antwort", "reponse", "respuesta",
    ]);

    /// <summary>Parts of a container of replies' class: "comment-replies", "kommentar-antworten", "children".</summary>
    private static readonly WordSet ThreadWords = new(
    [
        "children", "replies", "indented", "antworten", "reponses", "réponses", "respuestas", "risposte", "respostas", "responses", "answers", "thread",
    ]);

    public static List<TextLine> Lines(IElement root, Func<IElement, bool>? skip = null)
    {
        var lines = new List<TextLine>();
        var current = new StringBuilder();
        var currentIndent = 0;
        var stack = new Stack<(INode Node, int Depth, bool Exit)>();
        HashSet<IElement>? skipped = null;
        // Set after a drop cap's letter: the whitespace between it and the rest of its word is no space (DropCapLetter).
        var glueToLetter = false;
        stack.Push((root, 0, false));
        while (stack.Count > 0)
        {
            var (node, depth, exit) = stack.Pop();
            if (exit)
            {
                Flush(lines, current, currentIndent);
                continue;
            }

            if (node is IText text)
            {
                if (glueToLetter)
                {
                    glueToLetter = false;
                    if (string.IsNullOrWhiteSpace(text.Data))
                    {
                        continue;
                    }
                }

                if (current.Length == 0)
                {
                    currentIndent = depth;
                }

                current.Append(text.Data);
                continue;
            }

            if (node is IElement { LocalName: "meta" } meta && CommentMetaTime(meta) is { } metaTime)
            {
                current.Append(' ').Append(metaTime).Append(' ');
                // The readers' "6 hours ago" beside it says the same less precisely.
                if (meta.NextElementSibling is { ChildElementCount: 0 } shown && DateLineParser.TryParseLine(Whitespace.Collapse(shown.TextContent), out var shownTime) && shownTime.Relative)
                {
                    (skipped ??= []).Add(shown);
                }

                continue;
            }

            if (node is IElement relative && skipped?.Contains(relative) == true)
            {
                continue;
            }

            if (node is not IElement element || Invisible.Contains(element.LocalName))
            {
                continue;
            }

            var attributes = RenderedAttributes.Of(element);
            if (IsHidden(attributes) || (skip?.Invoke(element) ?? false) || (attributes.Class is { } twinClass && MobileOnlyTwin.Hides(element, twinClass)))
            {
                continue;
            }

            if (element.LocalName == "br")
            {
                if (HeadingLineBreak.Continues(element) || CodeSampleLineBreak.Continues(element) || CreditSpanAfterBreak.Continues(element) || MidSentenceLineBreak.Continues(element))
                {
                    current.Append(' ');
                }
                else
                {
                    Flush(lines, current, currentIndent);
                }

                continue;
            }

            if (MachineTime(element, attributes) is { } iso)
            {
                current.Append(' ').Append(iso).Append(' ');
                continue;
            }

            var block = Blocks.Contains(element.LocalName) || BlockStyledCite.Is(element.LocalName, attributes.Style);
            if (block)
            {
                Flush(lines, current, currentIndent);
                stack.Push((element, depth, true));
            }
            else if (attributes.Class is { } letterClass && DropCapLetter.GluesNext(element, letterClass))
            {
                if (current.Length == 0)
                {
                    currentIndent = depth;
                }

                current.Append(element.TextContent.AsSpan().Trim());
                glueToLetter = true;
                continue;
            }
            else if (current.Length > 0 && TimeClassWords.ContainsNamePart(attributes.Class))
            {
                current.Append(' ');
            }

            // By index: AngleSharp finds a node's previous sibling by searching its parent's children.
            var childDepth = depth + ThreadDepth(element, attributes);
            var children = element.ChildNodes;
            for (var i = children.Length - 1; i >= 0; i--)
            {
                stack.Push((children[i], childDepth, false));
            }
        }

        Flush(lines, current, currentIndent);
        return lines;
    }

    /// <summary>
    /// The timestamp behind a displayed time: <c>time[datetime]</c>, a date property's <c>content</c> (microdata, RDFa),
    /// or the absolute date in the tooltip of a "5 years ago" link. Only leaves, so a byline around a date keeps its names.
    /// </summary>
    private static string? MachineTime(IElement element, RenderedAttributes attributes)
    {
        if (element.LocalName == "time")
        {
            // "<time class="vf-date" title="Tuesday, September 14, 2021 7:02 PM">2 hours ago</time>": no datetime, the tooltip's date.
            // "<time datetime="2014-03-09T…">Publié le 4 mars 2014</time>": the words name another day; they are read (ShownDayBesideDatetime).
            var iso = DateLineParser.ToIso(attributes.DateTime);
            if (iso is not null && ShownDayBesideDatetime.Contradicts(element, iso))
            {
                return null;
            }

            return iso ?? TitledTime(element, attributes, static title => title.Length < 100);
        }

        if (element.ChildElementCount > 0)
        {
            // "<div title="1. November 2023 10:50"><i class="fa-clock"></i> vor 1 Stunde</div>": an icon beside the shown
            // time leaves the box a leaf to the reader (IconBesideShownTime).
            return ValueTitleTime(element, attributes) ?? TitledTime(element, attributes, IsMachineTime)
                ?? (IconBesideShownTime.Holds(element, attributes.Title) ? TitledTime(element, attributes, static title => title.Length < 100) : null);
        }

        // "<div class="PostByline__timestamp" datetime="2016-10-13 17:00:00 -0400"> Oct 13, 2016 </div>": a datetime on
        // an element that is no <time>, over the same day shown.
        if (attributes.DateTime is { } stamp && DatetimeOnOtherElement.Read(stamp, element.TextContent) is { } onOther)
        {
            return onOther;
        }

        var property = attributes.ItemProp ?? attributes.Property;
        if (property is not null && attributes.Content is { } content
            && (property.Contains("date", StringComparison.OrdinalIgnoreCase) || property.Contains("created", StringComparison.OrdinalIgnoreCase)))
        {
            return DateLineParser.ToIso(content);
        }

        return TitledTime(element, attributes, static title => title.Length < 100);
    }

    /// <summary>
    /// The date in an element's tooltip, when the element shows a date too: the same day ("title="2015-03-13T21:00:00+11:00""
    /// over "March 13, 2015 9:00PM", a zone the shown text leaves out) or a relative one ("5 years ago").
    /// </summary>
    private static string? TitledTime(IElement element, RenderedAttributes attributes, Func<string, bool> accepts) =>
        attributes.Title is { } title && accepts(title) && DateLineParser.TryParseLine(title, out var time) && time.Date is { } day
        && DateLineParser.TryParseLine(Whitespace.Collapse(element.TextContent), out var shown)
        && (shown.Date is not { } shownDay || Math.Abs(shownDay.DayNumber - day.DayNumber) <= 1)
            ? time.ToIso()
            : null;

    /// <summary>
    /// "&lt;span class="published"&gt;&lt;span class="value-title" title="2010-06-15T17:25:00-05:00"&gt;&lt;/span&gt;Posted: …&lt;/span&gt;":
    /// hNews' value-class pattern puts the machine time in an empty first child of the date. Only the publication time:
    /// the update beside it keeps its label, so the two are not read as a pair.
    /// </summary>
    private static string? ValueTitleTime(IElement element, RenderedAttributes attributes) =>
        attributes.Class is { } classes && classes.Contains("published", StringComparison.Ordinal)
        && element.FirstElementChild is { ChildElementCount: 0 } first && first.ClassList.Contains("value-title")
        && first.GetAttribute("title") is { } title && IsMachineTime(title)
            ? DateLineParser.ToIso(title)
            : null;

    /// <summary>"2015-03-13T21:00:00+11:00": a date box holding parts of its own ("&lt;span&gt;March 13, 2015&lt;/span&gt; &lt;span&gt;9:00PM&lt;/span&gt;") names its time only so.</summary>
    private static bool IsMachineTime(string title) =>
        title.Length is >= 19 and <= 40 && char.IsAsciiDigit(title[0]) && title[4] == '-' && title[10] == 'T';

    /// <summary>How much deeper in a reply thread an element's content sits: nested lists, "children" and "indent-2" containers.</summary>
    private static int ThreadDepth(IElement element, RenderedAttributes attributes)
    {
        // "<li class="comentario respuesta" style="margin-left:30px">", "<div class="kommentar antwort" style="margin-left:40px">":
        // a flat list of comments shows a reply only by the margin its own style gives it, whatever its class.
        var pushedRight = IndentedByStyle(attributes.Style) ? 1 : 0;
        if (element.LocalName is "li" or "dd" or "blockquote")
        {
            return 1 + pushedRight;
        }

        // schema.org microdata nests a reply as an itemprop="comment" item inside the Comment it answers. A snapshot
        // whose classes were replaced by inline styles (archive.today) shows a reply only by its left margin.
        var depth = IsCommentItem(attributes.ItemProp) || RepeatsAncestorClass(element, attributes)
            ? 1 : 0;

        // A flat list of replies that says each one's level (Kinja's data-depth="2") is indented by it.
        if (int.TryParse(attributes.DataDepth, out var stated) && stated is >= 0 and < 50)
        {
            depth = stated + 1;
        }

        foreach (var range in attributes.ClassNames())
        {
            var name = attributes.Class.AsSpan(range);
            if (name.IsEmpty)
            {
                continue;
            }

            // Plone's plone.app.discussion lists every comment flat, each saying its level ("comment replyTreeLevel2"), and
            // so do BEM-named templates ("comment comment--level-1").
            if ((TrailingNumber(name, "indent-") ?? TrailingNumber(name, "depth-") ?? TrailingNumber(name, "replyTreeLevel") ?? TrailingNumber(name, "level-")) is { } level)
            {
                depth = Math.Max(depth, level + 1);
            }
            else if (CommentItems.Contains(name) || ThreadWords.ContainsNamePart(name))
            {
                depth = Math.Max(depth, 1);
            }
        }

        return depth + pushedRight;
    }

    /// <summary>An unclassed block pushed right by a non-zero <c>margin-left</c> in its own style.</summary>
    private static bool IndentedByStyle(string? style)
    {
        var at = style is null ? -1 : style.IndexOf("margin-left:", StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            return false;
        }

        var value = style.AsSpan(at + "margin-left:".Length).TrimStart();
        return value.Length > 0 && value[0] is >= '1' and <= '9';
    }

    /// <summary>
    /// A block inside a block of its own class ("div.media" in "div.media", Bootstrap's comment thread): a thread nests
    /// a reply in the markup of the comment it answers, whatever the class is called. Looked for a few levels up only,
    /// as a reply sits right inside its parent's body.
    /// </summary>
    private static bool RepeatsAncestorClass(IElement element, RenderedAttributes attributes)
    {
        if (element.LocalName is not ("div" or "article" or "section") || attributes.FirstClass() is not { } ownClass)
        {
            return false;
        }

        var ancestor = element.ParentElement;
        for (var level = 0; level < MaxReplyNesting && ancestor is not null; level++, ancestor = ancestor.ParentElement)
        {
            if (ancestor.ClassList.Contains(ownClass))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "&lt;meta itemprop="commentTime" content="2014-05-22T08:12:00-07:00"&gt;&lt;span&gt;6 hours ago&lt;/span&gt;": schema.org's
    /// UserComments (and Comment's dateCreated) may give a comment's time only to machines, beside a relative one for readers.
    /// </summary>
    private static string? CommentMetaTime(IElement meta)
    {
        if (meta.GetAttribute("itemprop") is not { } property || meta.GetAttribute("content") is not { } content
            || !(property.Contains("time", StringComparison.OrdinalIgnoreCase) || property.Contains("date", StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        var item = meta.ParentElement?.Nearest("[itemscope]");
        return item is not null && (IsCommentItem(item.GetAttribute("itemprop")) || item.GetAttribute("itemtype")?.Contains("Comment", StringComparison.Ordinal) == true)
            ? DateLineParser.ToIso(content)
            : null;
    }

    private static bool IsCommentItem(string? itemProp)
    {
        foreach (var range in itemProp.AsSpan().Split(' '))
        {
            if (itemProp.AsSpan(range).Equals("comment", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static int? TrailingNumber(ReadOnlySpan<char> name, string prefix)
    {
        var at = name.IndexOf(prefix, StringComparison.OrdinalIgnoreCase);
        return at >= 0 && int.TryParse(name[(at + prefix.Length)..], out var value) && value is >= 0 and < 50 ? value : null;
    }

    /// <summary>Whether the element renders no line of its own ("span.screen-reader-text", "[hidden]", "display:none").</summary>
    public static bool IsHiddenElement(IElement element) => IsHidden(RenderedAttributes.Of(element));

    private static bool IsHidden(RenderedAttributes attributes)
    {
        if (attributes.Hidden || string.Equals(attributes.AriaHidden, "true", StringComparison.OrdinalIgnoreCase)
            || (attributes.Style is { } style && InlineStyle.HidesDisplay(style))
            || BootstrapDisplayNone.Hides(attributes.Class))
        {
            return true;
        }

        foreach (var range in attributes.ClassNames())
        {
            // "rich-snippet-hidden": Avada's hCard name and "updated" time for search engines, hidden by the theme; shown, they
            // glued the writer and an ISO time onto the story's date line ("LenaBrandt2019-02-11T10:05:00+01:00März 12th, 2018").
            // "element-invisible": Drupal 7's name for what only a screen reader speaks ("<span class="element-invisible"> (link is
            // external)</span>" inside an outbound link, "<h2 class="element-invisible">Main menu</h2>"). "aural": the
            // Government Site Builder's (German federal and state portals) class for the same: the ministry's name as a hidden
            // h1 over the page, "Thema " before the headline's kicker.
            if (attributes.Class.AsSpan(range) is "screen-reader-text" or "sr-only" or "visually-hidden" or "element-hidden" or "element-invisible" or "hidden" or "off-screen" or "rich-snippet-hidden" or "aural"
                || CamelCaseHiddenClass.Is(attributes.Class.AsSpan(range)))
            {
                return true;
            }
        }

        return false;
    }

    private static void Flush(List<TextLine> lines, StringBuilder current, int indent)
    {
        if (current.Length == 0)
        {
            return;
        }

        var text = Whitespace.Collapse(current.ToString());
        current.Clear();
        if (text.Length > 0)
        {
            lines.Add(new TextLine(indent * 2, text));
        }
    }
}
