namespace Ingestion.Parser.Core;

/// <summary>"harbour-crane.jpg", "/img/cover.webp": a name or path that ends in a picture file's extension.</summary>
internal static class PictureFileName
{
    private static readonly string[] Extensions = [".jpg", ".jpeg", ".png", ".gif", ".webp"];

    public static bool Is(ReadOnlySpan<char> name)
    {
        foreach (var extension in Extensions)
        {
            if (name.Length > extension.Length && name.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
