namespace Ingestion.Parser.Core;

/// <summary>
/// "oldtimer52 Posts: 214": a TownNews (BLOX) site prints the commenter's name again beside the count of their posts under
/// each comment's "name posted at 6:12 pm on Wed, Sep 25, 2013." header, the way a forum's panel prints "Posts: 214" under
/// the poster's name. The line is the commenter's panel, no text of the comment.
/// </summary>
internal static class NamedPostCount
{
    private const int MaxLength = 60;
    private const string Label = " Posts: ";

    public static bool Is(string text)
    {
        // Cheap first: short, and the count is the line's last character.
        if (text.Length is < 10 or > MaxLength || !char.IsAsciiDigit(text[^1]))
        {
            return false;
        }

        var label = text.IndexOf(Label, StringComparison.Ordinal);
        if (label <= 0)
        {
            return false;
        }

        // The count runs to the end ("1,512"), and the name before it ends no sentence.
        var count = text.AsSpan(label + Label.Length);
        var name = text.AsSpan(0, label).Trim();
        return !count.IsEmpty && !count.ContainsAnyExcept(CountCharacters) && !name.IsEmpty && !Words.EndsSentence(name) && Words.Count(name) <= 5;
    }

    private static readonly System.Buffers.SearchValues<char> CountCharacters = System.Buffers.SearchValues.Create("0123456789,");
}
