using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;p&gt;… the ferry was late again.&lt;span class="report-link"&gt;&lt;a href="javascript:void(0);"&gt;Report&lt;/a&gt;&lt;/span&gt;&lt;/p&gt;":
/// a moderation plugin puts its "Report" (or "Flag") control inside the comment's last paragraph, floated to the side by
/// its style. A reader sees a button beside the text; left in, the label ran into the comment's last words ("…late
/// again.Report"). Only a link to no page (a script, "#" or nothing) or one a class names a report or flag control goes,
/// with a wrapper it leaves empty: a comment linking the word to a real page keeps it.
/// </summary>
internal static class CommentReportLink
{
    private static readonly WordSet Labels = new(
        ["report", "report abuse", "report comment", "report this comment", "flag", "flag comment", "flag as inappropriate", "melden", "signaler", "denunciar", "segnala",
            // "Kommentar melden.": a German CMS's report link, its label ending with a stop, in a box of its own under the comment.
            "kommentar melden", "diesen kommentar melden", "beitrag melden", "signaler ce commentaire", "denunciar comentario", "segnala commento"]);

    public static void Remove(IElement container)
    {
        foreach (var link in container.SelectAll("a").Where(IsControl).ToList())
        {
            // A wrapper holding the control alone goes with it, so no empty span is left to close the paragraph.
            var wrapper = link.ParentElement;
            if (wrapper is { LocalName: "span" } && wrapper.ChildElementCount == 1 && string.Equals(Whitespace.Collapse(wrapper.TextContent), Whitespace.Collapse(link.TextContent), StringComparison.Ordinal))
            {
                wrapper.Remove();
            }
            else
            {
                link.Remove();
            }
        }
    }

    private static bool IsControl(IElement link)
    {
        var label = Whitespace.Collapse(link.TextContent);
        if (!Labels.Contains(label.TrimEnd('.').ToLowerInvariant()) || (link.ChildElementCount > 0 && !HoldsOnlyIcons(link)))
        {
            return false;
        }

        var href = link.GetAttribute("href")?.Trim();
        return NamesControl(link) || (link.ParentElement is { LocalName: "span" } wrapper && NamesControl(wrapper)) || IsAloneInReportBox(link, label)
            || string.IsNullOrEmpty(href) || href == "#" || href.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// "&lt;a href="…"&gt;&lt;div class="arrow"&gt;&lt;/div&gt;Kommentar melden.&lt;/a&gt;": an empty icon box before the label.
    /// "&lt;a href="#" class="redflag"&gt;&lt;span&gt;Report this Comment&lt;/span&gt;&lt;/a&gt;": the label in a span of its own, so an
    /// icon sprite can hide it (SpanWrappedReportLabel); the link's whole text is still the label alone.
    /// </summary>
    private static bool HoldsOnlyIcons(IElement link) =>
        link.Children.All(child => child.ChildElementCount == 0 && (string.IsNullOrWhiteSpace(child.TextContent) || child.LocalName is "span"));

    /// <summary>
    /// "&lt;div class="report_comment"&gt;&lt;a href="kommentar-melden/…/170.html"&gt;Kommentar melden.&lt;/a&gt;&lt;/div&gt;": a box the
    /// class names a report control, holding the link alone, is the button even where the link goes to the report form.
    /// </summary>
    private static bool IsAloneInReportBox(IElement link, string label) =>
        link.ParentElement is { LocalName: "div" or "span" or "p" or "li" } box && NamesControl(box)
        && string.Equals(Whitespace.Collapse(box.TextContent), label, StringComparison.Ordinal);

    private static bool NamesControl(IElement element) =>
        element.ClassName is { } names && (names.Contains("report", StringComparison.OrdinalIgnoreCase) || names.Contains("flag", StringComparison.OrdinalIgnoreCase));
}
