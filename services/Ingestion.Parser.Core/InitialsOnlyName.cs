namespace Ingestion.Parser.Core;

/// <summary>
/// "K.M. sagt:", "J.R. says:": a commenter who signs with the initials of the name alone, each a capital followed by a
/// full stop. The last full stop ends no sentence, so the line is a "Name says:" header as "Carla W. says:" is. Asked
/// only of the words before a saying verb, so "U.S." alone on a line of the text is no name.
/// </summary>
internal static class InitialsOnlyName
{
    private const int FewestInitials = 2;
    private const int MostInitials = 4;

    public static bool Is(ReadOnlySpan<char> text)
    {
        text = text.Trim();
        return text.Length >= FewestInitials * 2 && text.Length <= MostInitials * 2 && text[^1] == '.' && Words.IsJoinedInitials(text[..^1]);
    }
}
