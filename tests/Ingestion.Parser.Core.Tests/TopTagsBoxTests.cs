using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class TopTagsBoxTests
{
    private static IReadOnlyList<string> TagsOf(string boxClass) => PageParser.Parse(Encoding.UTF8.GetBytes($$"""
        <html><head><title>Gartenmöbel im Test - Balkonwelt</title><meta property="og:site_name" content="Balkonwelt"></head><body>
        <main><article class="article"><h1>Gartenmöbel im Test</h1>
        <div class="content"><p>Zwölf Klappstühle haben wir einen Sommer lang auf dem Balkon stehen lassen, bei Sonne, Regen und Wind.</p>
        <p>Am besten hielt ein Stuhl aus Robinie, der kaum Farbe verlor und nach dem Winter noch fest stand.</p></div>
        </article></main>
        <aside><ul class="list"><li class="{{boxClass}}"><span class="headline3">Beliebte Themen</span>
        <ul class="list"><li><a href="/kraeuter">Kräuter</a></li><li><a href="/hochbeet">Hochbeet</a></li><li><a href="/tomaten">Tomaten</a></li></ul></li></ul></aside>
        </body></html>
        """), "page.html").Tags;

    [Fact]
    public void The_rails_box_of_the_sites_top_tags_gives_no_tags() =>
        Assert.Empty(TagsOf("topics toptags tags tsr"));

    [Fact]
    public void A_tags_box_of_another_name_is_read_as_before() =>
        Assert.Equal(["Kräuter", "Hochbeet", "Tomaten"], TagsOf("topics tags tsr"));
}
