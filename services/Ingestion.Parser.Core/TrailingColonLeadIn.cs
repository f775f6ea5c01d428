namespace Ingestion.Parser.Core;

/// <summary>
/// "… but there is no shortcut." / "READ the chairman's full remarks:" over a document viewer (a Flash &lt;object&gt;, an
/// embedded PDF or tweet) and its link: the lead-in announces what the page embeds under the text, which is no paragraph,
/// so the line ending in a colon is left closing the text with nothing after it. A last paragraph of eight words or fewer
/// (60 characters at most) that ends in a colon introduces nothing of the text, as "WATCH:" over a clip introduces no
/// paragraph; a lead-in followed by the paragraphs it introduces ("The factors include:") is not the last and stays, and
/// so does a longer closing sentence that happens to end in a colon. Asked once per page on the body's last entry.
/// </summary>
internal static class TrailingColonLeadIn
{
    private const int MaxLength = 60;
    private const int MaxWords = 8;

    public static List<string> Without(List<string> body)
    {
        if (body.Count < 2)
        {
            return body;
        }

        var last = body[^1].AsSpan().TrimEnd();
        if (last.Length is 0 or > MaxLength || last[^1] != ':' || Words.CountUpTo(last, MaxWords + 1) > MaxWords)
        {
            return body;
        }

        return body[..^1];
    }
}
