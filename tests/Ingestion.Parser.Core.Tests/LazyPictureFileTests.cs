using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class LazyPictureFileTests
{
    private static ParsedPage Parse(string first, string second) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html><head><title>How the harbour cranes work | Harbour Post</title>
        <meta property="og:site_name" content="Harbour Post"></head><body>
        <article><h1>How the harbour cranes work</h1>
        <p class="byline">By Marta Olsen</p>
        <div class="article-content">
        <p>The new cranes on the east quay lift a container every ninety seconds, twice as fast as the pair they replaced last spring.</p>
        <figure class="image inline"><img alt="crane animation" {{first}}><p class="credit">Animation by Ines Varga</p></figure>
        <p>Each crane is driven from a cabin on the quay, where one operator watches four screens instead of sitting high above the ship.</p>
        <figure class="image inline"><img alt="quay animation" {{second}}><p class="credit">Animation by Ines Varga</p></figure>
        <p>The port says the cranes will let it take the larger ships that now sail past the bay to the deeper harbour up the coast.</p>
        </div></article></body></html>
        """), "cranes.html");

    [Fact]
    public void The_same_credit_under_two_lazy_pictures_is_two_entries()
    {
        var page = Parse("""data-src="/images/crane-lift.gif" """, """data-src="/images/quay-cabin.gif" """);
        Assert.Equal(["Animation by Ines Varga", "Animation by Ines Varga"], page.Captions);
    }

    [Fact]
    public void The_same_lazy_picture_twice_stays_one_entry()
    {
        var page = Parse("""data-src="/images/crane-lift.gif" """, """data-src="/images/crane-lift.gif" """);
        Assert.Equal(["Animation by Ines Varga"], page.Captions);
    }

    [Fact]
    public void A_picture_naming_its_file_in_src_is_read_by_it()
    {
        var page = Parse("""src="/images/crane-lift.gif" data-src="/images/placeholder.gif" """, """src="/images/quay-cabin.gif" data-src="/images/placeholder.gif" """);
        Assert.Equal(["Animation by Ines Varga", "Animation by Ines Varga"], page.Captions);
    }
}
