namespace Ingestion.Parser.Core;

/// <summary>
/// "today's paper" and "today’s paper": pages set the typographic apostrophe as often as the straight one, so a listed word
/// or phrase holding either is matched in both spellings.
/// </summary>
internal static class ApostropheForms
{
    public static IEnumerable<string> Both(IEnumerable<string> words)
    {
        foreach (var word in words)
        {
            yield return word;
            if (word.Contains('\'', StringComparison.Ordinal))
            {
                yield return word.Replace('\'', '’');
            }
            else if (word.Contains('’', StringComparison.Ordinal))
            {
                yield return word.Replace('’', '\'');
            }
        }
    }
}
