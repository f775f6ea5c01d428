namespace Ingestion.Parser.Core;

/// <summary>
/// "作者：Diogo Carleto" on a Japanese or Chinese site's translation of a foreign writer's story: the names of a staff
/// line are parted by the enumeration comma, and by spaces between names written in Hanzi ("记者：Name Name", two
/// writers); a name in Latin letters keeps its spaces, its given name and surname being one writer. A part holding
/// any Hanzi is parted at its spaces as before. Asked only of a staff line's value once its label is known.
/// </summary>
internal static class LatinNameInStaffLine
{
    public static List<string> Names(ReadOnlySpan<char> value)
    {
        var names = new List<string>();
        foreach (var range in value.SplitAny("、，,"))
        {
            var part = value[range].Trim();
            if (part.IsEmpty)
            {
                continue;
            }

            if (!SpaceSeparatedHanziTags.HoldsHanzi(part))
            {
                names.Add(part.ToString());
                continue;
            }

            foreach (var word in part.Split(' '))
            {
                if (part[word].Trim() is { IsEmpty: false } name)
                {
                    names.Add(name.ToString());
                }
            }
        }

        return names;
    }

    /// <summary>A Hanzi name of at most 12 characters, a Latin one ("Diogo Carleto") of at most 40; no sentence.</summary>
    public static bool AllNameLike(List<string> names)
    {
        foreach (var name in names)
        {
            if (name.Length > (SpaceSeparatedHanziTags.HoldsHanzi(name) ? MaxHanziName : MaxLatinName) || Words.EndsSentence(name))
            {
                return false;
            }
        }

        return true;
    }

    private const int MaxHanziName = 12;

    private const int MaxLatinName = 40;
}
