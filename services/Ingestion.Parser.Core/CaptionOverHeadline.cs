using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;section class="title-container"&gt;&lt;strong&gt;Buses wait at the harbour terminal &lt;span&gt;(Example/Dana Ruiz)&lt;/span&gt;
/// &lt;/strong&gt;&lt;h1&gt;…&lt;/h1&gt;": a cover-picture template sets the lead picture as the header's background and prints its
/// caption, credit in brackets at its end, in the element right over the headline. It is the picture's caption, no kicker
/// and no text.
/// </summary>
internal static class CaptionOverHeadline
{
    /// <summary>A kicker is a word or two; a caption says what the picture shows.</summary>
    private const int MinCaptionWords = 6;

    private const int MaxCaptionLength = 300;

    /// <summary>The caption over the page's first <c>h1</c>, removed; null where the element over it is no captioned credit.</summary>
    public static string? Take(IDocument document)
    {
        if (document.SelectFirst("h1") is not { PreviousElementSibling: { LocalName: "strong" or "span" or "p" or "div" or "small" } above }
            || above.SelectFirst("img, picture, a, h1, h2, h3, time") is not null
            || Whitespace.Collapse(above.TextContent) is not { Length: > 0 and <= MaxCaptionLength } text
            || !text.EndsWith(')') || Words.Count(text) < MinCaptionWords || !EndsWithBracketedSlashCredit(text))
        {
            return null;
        }

        above.Remove();
        return text;
    }

    /// <summary>"(Example/Dana Ruiz)", "(Agency Photo/Name)": a credit in brackets naming the agency and the photographer.</summary>
    private static bool EndsWithBracketedSlashCredit(string text)
    {
        var open = text.LastIndexOf('(');
        return open > 0 && text.AsSpan(open + 1, text.Length - open - 2) is var credit && credit.Length is > 2 and <= 60 && credit.Contains('/');
    }
}
