namespace Ingestion.Parser.Core;

/// <summary>
/// "The county results map at 11:42 p.m. on election night. Screenshot: Valley Tribune", "The 2021 general fund, by
/// department. Source: … budget. Chart by The Ledger Line.": a chart, map or screenshot between a story's paragraphs is
/// captioned with a sentence and then credited with the graphic's kind and who made it. A newsletter or a newsroom blog
/// prints it so; a browser's text copy gives it as a paragraph of its own among the text's.
/// </summary>
/// <remarks>A paragraph of the text seldom closes with "Chart by …" or "Screenshot: …" after its last sentence.</remarks>
internal static class GraphicCreditAfterSentence
{
    private const int MinCaptionWords = 4;
    private const int MaxCreditWords = 5;
    private const int MaxCreditLength = 60;

    private static readonly string[] Marks =
    [
        ". Screenshot: ", ". Screengrab: ", ". Graphic: ", ". Chart: ", ". Map: ", ". Illustration: ",
        ". Screenshot by ", ". Graphic by ", ". Chart by ", ". Map by ", ". Illustration by ",
    ];

    /// <summary>Whether the line is a caption sentence closed by a graphic's credit.</summary>
    public static bool EndsWith(ReadOnlySpan<char> text)
    {
        // The credit is at the line's end: only the last 60 characters and a few words are searched.
        var tail = text[Math.Max(0, text.Length - MaxCreditLength - 16)..];
        foreach (var mark in Marks)
        {
            var at = tail.LastIndexOf(mark, StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }

            var stop = text.Length - tail.Length + at;
            var credit = text[(stop + mark.Length)..].Trim().TrimEnd('.');
            return Words.Count(text[..stop]) >= MinCaptionWords && credit is [var first, ..] && char.IsUpper(first)
                && Words.Count(credit) <= MaxCreditWords && credit.IndexOfAny(':', '|') < 0 && !Words.HasDigit(credit) && !Words.EndsSentence(credit);
        }

        return false;
    }
}
