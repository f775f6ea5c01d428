namespace Ingestion.Parser.Core;

/// <summary>
/// "Good news for the folks up there. My sister has been leaving at 5:30 every morning …": a line that speaks as "I" or
/// "my" is a person's own words, a reader's comment or a quote, never a publisher's pitch, which speaks as "we" and "our"
/// to "you" ("Get the headlines in your inbox every morning.").
/// </summary>
internal static class FirstPersonSingular
{
    /// <summary>Whether the line holds "I", "I'm", "I've", "my" or "me" as a word of its own.</summary>
    /// <remarks>Asked only of lines that another rule already matched; a walk over the words, with no allocation.</remarks>
    public static bool Speaks(ReadOnlySpan<char> line)
    {
        var i = 0;
        while (i < line.Length)
        {
            while (i < line.Length && !char.IsLetter(line[i]))
            {
                i++;
            }

            var start = i;
            while (i < line.Length && (char.IsLetter(line[i]) || line[i] is '\'' or '’'))
            {
                i++;
            }

            var word = line[start..i];
            if (word is "I" or "I'm" or "I’m" or "I've" or "I’ve" or "I'd" or "I’d" or "my" or "My" or "me")
            {
                return true;
            }
        }

        return false;
    }
}
