namespace Ingestion.Parser.Core;

/// <summary>
/// "Sabine Lechner, 12. März 2013, 14:05", "Katharina Egger, 12.03.2013, 09:41": an Austrian daily prints the writer's bare
/// name, a comma and the day-first date on one line under the standfirst. The name is two or three capitalised words.
/// </summary>
internal static class NameCommaDayFirstDate
{
    public static bool TryRead(string segment, out List<string>? names, out PageTime time)
    {
        (names, time) = (null, default);
        var comma = segment.IndexOf(", ", StringComparison.Ordinal);
        // "By June Pratt, 3:31 PM on Wed Oct 10 2007": a labelled byline is read with its label.
        if (comma <= 0 || comma + 2 >= segment.Length || !char.IsAsciiDigit(segment[comma + 2]) || BylineParser.OpensAsByline(segment))
        {
            return false;
        }

        var name = segment[..comma].Trim();
        // "Posted: Tuesday, 17 September 2013 4:12 pm": a label and the weekday before a British date are no name.
        if (name.Contains(':') || EndsWithWeekday(name))
        {
            return false;
        }

        if (Words.Count(name) is not (2 or 3) || Words.HasDigit(name) || !name.AsSpan().ContainsAnyInRange('a', 'z') || !BylineParser.IsWritersName(name))
        {
            return false;
        }

        if (!DateLineParser.TryParseLine(segment.AsSpan(comma + 2), out time) || time.Date is null)
        {
            return false;
        }

        names = BylineParser.ReadNames(name);
        return names is { Count: 1 };
    }

    private static bool EndsWithWeekday(string name)
    {
        var last = name.AsSpan(name.LastIndexOf(' ') + 1);
        return DateWords.TryGet(last, out var kind, out _) && kind == DateWords.Kind.Weekday;
    }
}
