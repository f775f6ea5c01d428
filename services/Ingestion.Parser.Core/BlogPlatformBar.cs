using System.Buffers;

namespace Ingestion.Parser.Core;

/// <summary>
/// "Canalblog Créer un blog | Blog suivant »", "Search This Blog | Flag Blog | Next Blog» | Create Blog | Sign In": the
/// bar a blog host prints over every blog it hosts, with links to make a blog of one's own and to jump to another. It
/// names the host, not the blog, whose own masthead comes under it.
/// </summary>
internal static class BlogPlatformBar
{
    private static readonly PhraseSet PlatformLinks = new(
        ["Create Blog", "Create a blog", "Next Blog", "Créer un blog", "Blog suivant", "Créer mon blog", "Blog erstellen", "Nächster Blog",
            "Crear un blog", "Siguiente blog", "Crea un blog", "Blog successivo"]);

    private const int MaxBarLength = 120;

    public static bool Is(string line) => line.Length <= MaxBarLength && PlatformLinks.FoundIn(line);
}
