namespace Ingestion.Parser.Core;

/// <summary>
/// "today's paper", "today’s paper" and "todayʼs paper": pages set the typographic apostrophe as often as the straight one,
/// and lynx prints the typographic one as the modifier letter apostrophe (U+02BC), so a listed word or phrase holding any
/// of them is matched in all three spellings.
/// </summary>
internal static class ApostropheForms
{
    private static readonly char[] Apostrophes = ['\'', '’', 'ʼ'];

    public static IEnumerable<string> AllSpellings(IEnumerable<string> words)
    {
        foreach (var word in words)
        {
            yield return word;
            if (word.IndexOfAny(Apostrophes) < 0)
            {
                continue;
            }

            foreach (var apostrophe in Apostrophes)
            {
                var spelled = word.Replace('\'', apostrophe).Replace('’', apostrophe).Replace('ʼ', apostrophe);
                if (spelled != word)
                {
                    yield return spelled;
                }
            }
        }
    }
}
