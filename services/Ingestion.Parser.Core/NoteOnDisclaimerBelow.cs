namespace Ingestion.Parser.Core;

/// <summary>
/// "… Betty Davis when I'm feelin' funky." / "Editor's note: The disclaimer below refers to advertising posts and does
/// not apply to this or any other editorial stories." / "&lt;p class="ad-disclosure"&gt;Advertising disclosure: …&lt;/p&gt;":
/// a site that prints an advertising disclosure under every story puts a note over it on its editorial ones. The
/// disclosure is boilerplate and already out, so the note that points down to it is left closing the text; it speaks of
/// the site's notice, not the story, and is no paragraph either. Only a last paragraph of a few sentences that names a
/// disclaimer or disclosure "below" counts: a closing sentence that names a disclosure without pointing under the text
/// ("The writer disclosed the grant to the board.") stays. Asked once per page on the body's last entry.
/// </summary>
internal static class NoteOnDisclaimerBelow
{
    private const int MaxWords = 40;

    public static List<string> Without(List<string> body)
    {
        if (body.Count < 2)
        {
            return body;
        }

        var last = body[^1].AsSpan();
        if (last.IndexOf("below", StringComparison.OrdinalIgnoreCase) < 0
            || (last.IndexOf("disclaimer", StringComparison.OrdinalIgnoreCase) < 0 && last.IndexOf("disclosure", StringComparison.OrdinalIgnoreCase) < 0)
            || Words.CountUpTo(last, MaxWords + 1) > MaxWords)
        {
            return body;
        }

        return body[..^1];
    }
}
