namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;span itemprop="author"&gt;By &lt;span itemprop="name"&gt;By&lt;/span&gt;&lt;/span&gt;": a template whose byline field was left
/// empty prints its label where the name should stand, so the marked name is the bare "By" ("Von", "Par", "Por", "Door",
/// "Di", "Av"). A label names nobody: it gives no writer, and the page's other bylines are asked instead.
/// </summary>
internal static class LabelOnlyBylineName
{
    private static readonly WordSet Labels = new(["by", "von", "par", "por", "door", "di", "av", "posted by", "written by"]);

    /// <summary>
    /// Whether <paramref name="name"/>, a name read from a byline, is only its label, once or repeated as the field's prefix
    /// and its empty value together ("By By").
    /// </summary>
    public static bool Is(string? name)
    {
        // Cheap gate: two labels and a space are at most 21 characters.
        if (name is null || name.Length > 24)
        {
            return false;
        }

        var trimmed = name.AsSpan().Trim().TrimEnd(':');
        if (trimmed.Length == 0)
        {
            return false;
        }

        if (Labels.Contains(trimmed))
        {
            return true;
        }

        // "By By": each word a one-word label.
        foreach (var range in trimmed.Split(' '))
        {
            if (!Labels.Contains(trimmed[range]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The names without those that are a byline's label alone; the same list when none is.</summary>
    public static IReadOnlyList<string> Without(IReadOnlyList<string> names)
    {
        for (var i = 0; i < names.Count; i++)
        {
            if (Is(names[i]))
            {
                var kept = new List<string>(names.Count);
                foreach (var name in names)
                {
                    if (!Is(name))
                    {
                        kept.Add(name);
                    }
                }

                return kept;
            }
        }

        return names;
    }
}
