namespace Ingestion.Parser.Core;

/// <summary>
/// "Ellis Granger: 303-954-1234, egranger@…": the writer's name, a colon, then telephone and address, a contact line under
/// the text. The address sign stands after the colon; a commenter's "@Marcie K.: … for 2014 …" answers another reader
/// with the sign before it, and is the comment's text.
/// </summary>
internal static class NamedContactLine
{
    public static bool Is(ReadOnlySpan<char> text)
    {
        if (text.IndexOf(": ", StringComparison.Ordinal) is not (> 3 and < 40 and var colon))
        {
            return false;
        }

        var contact = text[(colon + 2)..];
        return contact.Contains('@') && Words.LooksLikeName(text[..colon]) && contact.ContainsAnyInRange('0', '9');
    }
}
