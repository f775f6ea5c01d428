namespace Ingestion.Parser.Core;

/// <summary>
/// "Related Rough sleeping rises in 30 councils": an inline link box whose bold label a text browser prints on the line of
/// its one headline, with no colon between. The headline is capitalised, a few words long and ends in no full stop, as a
/// sentence opening with "Related" does.
/// </summary>
internal static class GluedRelatedLink
{
    private const string Label = "Related ";

    private const int MaxLength = 120;

    private const int MinHeadlineWords = 3;

    public static bool Is(ReadOnlySpan<char> line)
    {
        var text = line.Trim();
        if (text.Length > MaxLength || !text.StartsWith(Label, StringComparison.Ordinal))
        {
            return false;
        }

        var headline = text[Label.Length..].TrimStart();
        return headline.Length > 0 && char.IsUpper(headline[0]) && Words.Count(headline) >= MinHeadlineWords && !Words.EndsSentence(headline)
            && !headline.EndsWith(':');
    }
}
