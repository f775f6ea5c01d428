namespace Ingestion.Parser.Core;

/// <summary>
/// "Have you been affected by the trackwork? Tell us at newsdesk@…", "Were you there? Email us at tips@…": a site's call
/// for readers' accounts under the text, a question and then where to write. The address is what keeps a question the
/// text quotes ("Who pays? Tell us, the minister said.") in the body.
/// </summary>
internal static class ReaderTipCall
{
    private const int MaxLength = 200;

    private static readonly System.Buffers.SearchValues<string> Invitations = System.Buffers.SearchValues.Create(
        ["? tell us at ", "? email us at ", "? e-mail us at ", "? contact us at ", "? let us know at ", "? write to us at ", "? send it to "],
        StringComparison.OrdinalIgnoreCase);

    public static bool Is(ReadOnlySpan<char> text)
    {
        // The address's "@" is asked first: prose lines have none.
        if (text.Length > MaxLength || text.IndexOf('@') is not (> 0 and var sign))
        {
            return false;
        }

        var invitation = text.IndexOfAny(Invitations);
        return invitation > 0 && invitation < sign && !text[(sign + 1)..].Contains(' ');
    }
}
