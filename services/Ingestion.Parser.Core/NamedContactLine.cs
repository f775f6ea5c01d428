namespace Ingestion.Parser.Core;

/// <summary>
/// "Ellis Granger: 303-954-1234, egranger@…": the writer's name, a colon, then telephone and address, a contact line under
/// the text. The address sign stands after the colon; a commenter's "@Marcie K.: … for 2014 …" answers another reader
/// with the sign before it, and is the comment's text. A sentence after the colon is no contact: a post listing people
/// and where to find them ("Dana Reyes: You can keep following Dana at @danareyes on Twitter. Old posts stay at @Reyes44.")
/// is its text, each item's label a name, its words a handle and digits (<see cref="MaxContactWords"/>).
/// </summary>
internal static class NamedContactLine
{
    /// <summary>A telephone, an address and their labels ("Tel. 303-954-1234, Twitter: @egranger") take few words.</summary>
    private const int MaxContactWords = 8;

    public static bool Is(ReadOnlySpan<char> text)
    {
        if (text.IndexOf(": ", StringComparison.Ordinal) is not (> 3 and < 40 and var colon))
        {
            return false;
        }

        var contact = text[(colon + 2)..];
        return contact.Contains('@') && Words.LooksLikeName(text[..colon]) && contact.ContainsAnyInRange('0', '9') && Words.CountUpTo(contact, MaxContactWords + 1) <= MaxContactWords;
    }
}
