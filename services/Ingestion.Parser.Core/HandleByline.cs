using System.Buffers;

namespace Ingestion.Parser.Core;

/// <summary>
/// "by prairiewren" over "Tue Mar 12, 2013 at 02:05 PM PDT": a community site's diary or a member blog signs the post with
/// the member's user name alone, in small letters, which no person's name is written in.
/// </summary>
internal static class HandleByline
{
    private const int MinLength = 3;
    private const int MaxLength = 30;

    private static readonly SearchValues<char> HandleCharacters = SearchValues.Create("abcdefghijklmnopqrstuvwxyz0123456789_.-");

    /// <summary>The user name after the byline's label, or null when the rest is no one lower-case user name.</summary>
    public static List<string>? Read(ReadOnlySpan<char> afterLabel)
    {
        var name = afterLabel.Trim();
        return name.Length is >= MinLength and <= MaxLength && char.IsAsciiLetterLower(name[0]) && char.IsAsciiLetterOrDigit(name[^1])
            && !name.ContainsAnyExcept(HandleCharacters)
            ? [name.ToString()]
            : null;
    }
}
