namespace Ingestion.Parser.Core;

/// <summary>
/// "Link Wiener Linien", "Links: Stadt Wien | Gemeinderat": an Austrian daily's box of links to the bodies a story
/// names, printed under the text with its label on the same line. The links are names, no sentence.
/// </summary>
internal static class ExternalLinkBox
{
    private static readonly string[] Labels = ["Link ", "Links ", "Link: ", "Links: "];

    private const int MaxLength = 120;

    public static bool Is(ReadOnlySpan<char> text)
    {
        if (text.Length > MaxLength || Words.EndsSentence(text))
        {
            return false;
        }

        foreach (var label in Labels)
        {
            if (text.StartsWith(label, StringComparison.Ordinal))
            {
                var links = text[label.Length..].Trim();
                return !links.IsEmpty && char.IsUpper(links[0]) && Words.Count(links) <= 8;
            }
        }

        return false;
    }
}
