using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class AllCommentsLinkCountTests
{
    [Theory]
    [InlineData("Alle Kommentare (4) | Leserempfehlungen", 4)]
    [InlineData("Ver todos los comentarios (6)", 6)]
    [InlineData("Diskutieren Sie mit! | alle 23 Beiträge", null)]
    [InlineData("alle 23 Beiträge", 23)]
    [InlineData("View all 1,204 comments", 1204)]
    [InlineData("Ver más comentarios", null)]
    public void A_link_to_the_whole_thread_gives_its_count(string line, int? count) => Assert.Equal(count, AllCommentsLinkCount.Read(line));
}
