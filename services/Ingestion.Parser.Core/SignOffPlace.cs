namespace Ingestion.Parser.Core;

/// <summary>
/// "-- Maya Castellanos in Sacramento", "— Dan Ortiz in Washington": a blog post's sign-off names the place the writer
/// reported from after the name, which is no part of the name.
/// </summary>
internal static class SignOffPlace
{
    /// <summary>The longest place the sign-off names ("in Salt Lake City").</summary>
    private const int LongestPlace = 3;

    public static string Without(string names)
    {
        var at = names.LastIndexOf(" in ", StringComparison.Ordinal);
        if (at <= 0)
        {
            return names;
        }

        var place = names.AsSpan(at + 4).Trim();
        var words = Words.Count(place);
        if (words is 0 or > LongestPlace)
        {
            return names;
        }

        foreach (var word in place.Split(' '))
        {
            if (!char.IsUpper(place[word][0]))
            {
                return names;
            }
        }

        return names[..at].TrimEnd();
    }
}
