namespace Ingestion.Parser.Core;

/// <summary>
/// "Rudolph Brown/Photographer", "Norman Grindley / Chief Photographer": Caribbean and other Commonwealth papers credit their
/// own pictures with the photographer's name and job across a slash, and print the credit over the caption. It has a
/// byline's shape ("Jane Doe/Staff Writer") but names no writer: the job after the slash is taking pictures.
/// </summary>
internal static class PhotographerRoleCredit
{
    private const string Role = "Photographer";
    private const int MaxLength = 60;
    private const int MaxRoleWords = 3;

    /// <summary>Whether the line is a name, a slash and a photographer's job title, and nothing else.</summary>
    public static bool Is(ReadOnlySpan<char> line)
    {
        var text = line.Trim();
        // Cheap rejections first: short, ends in the job word, holds a slash.
        if (text.Length > MaxLength || !text.EndsWith(Role, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var slash = text.IndexOf('/');
        if (slash <= 0)
        {
            return false;
        }

        var name = text[..slash].Trim();
        var role = text[(slash + 1)..].Trim();
        return Words.CountUpTo(role, MaxRoleWords + 1) <= MaxRoleWords && char.IsUpper(role[0])
            && Words.CountUpTo(name, 5) is >= 2 and <= 4 && Words.LooksLikePersonName(name);
    }
}
