using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;h1&gt;Ferry fares rise again &lt;span class="label abo"&gt;Subscribers&lt;/span&gt;&lt;/h1&gt;": a template that closes
/// the headline with a badge for who may read the piece ("Abonnés", "Accès libre", "Premium"), styled as a label, as its
/// rail cards close theirs. The badge is no word of the headline: the sharing title leaves it out, and left in, the shown
/// heading no longer opened that title, so the title kept its section ("Headline | Chroniques").
/// </summary>
internal static class AccessBadgeInHeadline
{
    /// <summary>Longest badge: a word or two.</summary>
    private const int MaxBadgeLength = 24;

    private static readonly WordSet BadgeClasses = new("label", "badge");

    /// <summary>The heading's text without a closing badge span, collapsed; its whole text when it closes with none.</summary>
    public static string ShownText(IElement heading)
    {
        var shown = Whitespace.Collapse(heading.TextContent);
        if (heading.LastElementChild is not { LocalName: "span" } badge || badge.ChildElementCount > 0
            || badge.GetAttribute("class") is not { Length: > 0 } classes || !BadgeClasses.ContainsNamePart(classes))
        {
            return shown;
        }

        // Only a badge that closes the heading: text after it is the headline's own.
        for (var node = badge.NextSibling; node is not null; node = node.NextSibling)
        {
            if (!string.IsNullOrWhiteSpace(node.TextContent))
            {
                return shown;
            }
        }

        var label = Whitespace.Collapse(badge.TextContent).Trim();
        return label.Length is > 0 and <= MaxBadgeLength && shown.Length > label.Length * 2 && shown.EndsWith(label, StringComparison.Ordinal)
            ? shown[..^label.Length].TrimEnd()
            : shown;
    }
}
