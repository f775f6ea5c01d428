namespace Ingestion.Parser.Core;

/// <summary>
/// "Women's Volleyball | 9/28/2013 10:45:00 PM", "Men's Soccer", "Girls' Basketball": a word in the possessive makes a
/// team's or a section's name, never a person's, though every word is capitalised. Names with an apostrophe inside
/// ("O'Neill", "D'Angelo") do not end in "'s" or "s'".
/// </summary>
internal static class PossessiveWord
{
    public static bool IsPossessive(ReadOnlySpan<char> word) =>
        word.Length > 2 && (word[^1] is '\'' or '’' ? word[^2] == 's' : word[^1] == 's' && word[^2] is '\'' or '’');
}
