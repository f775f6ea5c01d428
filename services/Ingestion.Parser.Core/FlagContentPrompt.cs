namespace Ingestion.Parser.Core;

/// <summary>
/// "Inappropriate video? Alert us.", "Offensive photo? Report it.": a moderation prompt a community page sets beside a
/// reader's upload (under its date, over its description), a short question naming the upload and a link asking the reader
/// to flag it; a control, no text. Known by its whole shape: the question is a flagging adjective and one or two words, and
/// what follows it is a flagging request and nothing more, so a question of the text ("Inappropriate? The council said
/// so.") stays.
/// </summary>
internal static class FlagContentPrompt
{
    private const int MaxLength = 60;

    private static readonly WordSet Adjectives = new(["inappropriate", "offensive", "objectionable", "abusive"]);

    private static readonly WordSet Requests = new(
        ["alert us", "report it", "report this", "flag it", "flag this", "let us know", "tell us", "notify us", "report abuse"]);

    public static bool Is(ReadOnlySpan<char> text)
    {
        // The question mark is asked first: few short lines hold one.
        if (text.Length > MaxLength || text.IndexOf('?') is not (> 0 and var question))
        {
            return false;
        }

        var asked = text[..question].Trim();
        var space = asked.IndexOf(' ');
        if (space <= 0 || !Adjectives.Contains(asked[..space]) || Words.CountUpTo(asked, 4) > 3)
        {
            return false;
        }

        return Requests.Contains(text[(question + 1)..].Trim().TrimEnd(".!").Trim());
    }
}
