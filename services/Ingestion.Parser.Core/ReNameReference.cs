namespace Ingestion.Parser.Core;

/// <summary>
/// "RE: laker_for_life" over "dockhand77" / "Sep 26, 2013 6:30 PM EDT": a broadcast site's comment system of 2013 heads
/// each reply with the name of the comment it answers, like "In reply to Name". The reference is a name of a few words;
/// a reader's line that opens with "Re:" and runs on as a sentence ("Re: the ramps, they stay open.") is text. The name
/// and the time follow on the next two lines: a Drupal comment's subject "Re: traffic study" over a blank line and
/// "Submitted by …" is the comment's own subject, no reference.
/// </summary>
internal static class ReNameReference
{
    private const int MaxNameWords = 4;

    public static bool IsOverHeader(PageLines lines, int index) =>
        Is(lines[index].Text) && index + 2 < lines.Count && !lines[index + 1].IsBlank && lines[index + 1].Text.Length <= 60 && lines.TryParseDate(index + 2, out _);

    public static bool Is(string text)
    {
        if (text.Length is < 5 or > 60 || text[0] is not ('R' or 'r') || !text.StartsWith("re: ", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var name = text.AsSpan(4).Trim();
        return name.Length > 0 && Words.Count(name) <= MaxNameWords && !Words.EndsSentence(name) && name.IndexOfAny(':', ',') < 0;
    }
}
