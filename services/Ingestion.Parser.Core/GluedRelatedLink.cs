namespace Ingestion.Parser.Core;

/// <summary>
/// "Related Rough sleeping rises in 30 councils": an inline link box whose bold label a text browser prints on the line of
/// its one headline, with no colon between. The headline is capitalised, a few words long and ends in no full stop, as a
/// sentence opening with "Related" does. A tech site's "Further Reading Judge tosses 400 John Does from porn-torrent suit"
/// is the same box under another label.
/// </summary>
internal static class GluedRelatedLink
{
    private static readonly string[] Labels = ["Related ", "Further Reading "];

    private const int MaxLength = 120;

    private const int MinHeadlineWords = 3;

    public static bool Is(ReadOnlySpan<char> line)
    {
        var text = line.Trim();
        if (text.Length > MaxLength || LabelOf(text) is not { } label)
        {
            return false;
        }

        var headline = text[label.Length..].TrimStart();
        return headline.Length > 0 && char.IsUpper(headline[0]) && Words.Count(headline) >= MinHeadlineWords && !Words.EndsSentence(headline)
            && !headline.EndsWith(':');
    }

    private static string? LabelOf(ReadOnlySpan<char> text)
    {
        foreach (var label in Labels)
        {
            if (text.StartsWith(label, StringComparison.Ordinal))
            {
                return label;
            }
        }

        return null;
    }
}
