namespace Ingestion.Parser.Core;

/// <summary>
/// "More: Sharing Economy, Tool Library, Community": a contributor platform's tag row under the post, labelled with a
/// word too common to read as a tag label by itself ("More: Council approves budget" is a related headline). The list
/// says it is one: three or more short capitalised entries parted by commas, none a sentence.
/// </summary>
internal static class ShortLabelTagList
{
    private static readonly string[] Labels = ["More: ", "Mehr: "];

    private static readonly System.Buffers.SearchValues<char> SentenceMarks = System.Buffers.SearchValues.Create(".!?:;|");

    private const int MinEntries = 3;
    private const int MaxEntryWords = 3;

    public static List<string>? TryRead(ReadOnlySpan<char> text)
    {
        foreach (var label in Labels)
        {
            if (text.StartsWith(label, StringComparison.Ordinal) && text.Length <= 200 && IsList(text[label.Length..]))
            {
                return TagLineParser.Split(text[label.Length..]);
            }
        }

        return null;
    }

    private static bool IsList(ReadOnlySpan<char> list)
    {
        var entries = 0;
        foreach (var range in list.Split(", "))
        {
            var entry = list[range].Trim();
            if (entry.Length == 0 || !char.IsUpper(entry[0]) || Words.Count(entry) > MaxEntryWords || entry.ContainsAny(SentenceMarks) || Words.HasDigit(entry))
            {
                return false;
            }

            entries++;
        }

        return entries >= MinEntries;
    }
}
