using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;meta name="author" content="Jonas Verhagen"&gt;" over a page whose footer says "Theme by &lt;a&gt;Jonas Verhagen&lt;/a&gt;":
/// a theme's maker writes his own name into the author meta of every page the theme prints. The name the footer credits
/// with the theme or the design is no writer of the post.
/// </summary>
internal static class ThemeMakerCredit
{
    /// <summary>What a footer prints before the theme's or the design's maker, lower-case, without the space before the name.</summary>
    private static readonly string[] Labels =
    [
        "theme by", "theme von", "design by", "designed by", "design von", "webdesign by", "webdesign von", "webdesign:", "design:", "template by",
        "thème par", "thème :", "conception :",
    ];

    /// <summary>Whether a link whose text is <paramref name="author"/> follows a theme or design credit's label.</summary>
    public static bool Names(string author, IDocument document)
    {
        var name = Whitespace.Collapse(author);
        if (name.Length == 0)
        {
            return false;
        }

        foreach (var link in document.SelectAll("a"))
        {
            if (link.PreviousSibling is IText before && Whitespace.Collapse(link.TextContent).Equals(name, StringComparison.OrdinalIgnoreCase)
                && IsLabel(Whitespace.Collapse(before.Data)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsLabel(string text) =>
        Labels.Any(label => text.EndsWith(label, StringComparison.OrdinalIgnoreCase) && (text.Length == label.Length || !char.IsLetter(text[^(label.Length + 1)])));
}
