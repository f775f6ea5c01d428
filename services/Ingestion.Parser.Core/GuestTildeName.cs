namespace Ingestion.Parser.Core;

/// <summary>
/// "~Jurek z Radomia   26.09.2013, 18:04": Polish portals (2005–2014) print a tilde before the nickname of a reader who
/// commented without an account, where a signed-in reader's name stands bare. The tilde marks the kind of account, as
/// "@" marks a handle; it is no part of the name.
/// </summary>
internal static class GuestTildeName
{
    /// <summary>The header without its leading guest tilde, or the same span when it opens otherwise.</summary>
    public static ReadOnlySpan<char> Strip(ReadOnlySpan<char> header) =>
        header.Length > 2 && header[0] == '~' && char.IsLetter(header[1]) ? header[1..] : header;
}
