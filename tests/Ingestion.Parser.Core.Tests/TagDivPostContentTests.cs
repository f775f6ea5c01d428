using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class TagDivPostContentTests
{
    private static ParsedPage Parse(string contentClass) => PageParser.Parse(Encoding.UTF8.GetBytes($$"""
        <html><head><title>Die Nachtfähre bleibt im Fahrplan</title></head><body>
        <article class="tdb_templates"><div class="tdb_title"><h1 class="tdb-title-text">Die Nachtfähre bleibt im Fahrplan</h1></div>
        <div class="tdb_single_content {{contentClass}} tagdiv-type"><div class="tdb-block-inner">
        <p>Die Hafenverwaltung hat am Montag beschlossen, die letzte Überfahrt der Nachtfähre auch im Winter um halb zwölf fahren zu lassen.</p>
        <p>Schichtarbeiter vom Containerterminal hatten um die späte Fähre gebeten, sagte die Vorsitzende nach der Abstimmung im Rathaus.</p>
        <p>Im März will die Verwaltung die Zahlen erneut prüfen, wenn der Frühjahrsfahrplan aufgestellt wird.</p></div></div>
        <div class="vc_row"><div class="vc_column"><div class="tdm_block_inline_text"><p class="tdm-descr">In diesem Text</p></div></div>
        <div class="vc_column"><div class="tdb_single_tags"><ul class="tdb-tags"><li><a href="/tag/hafen/">Hafen</a></li><li><a href="/tag/faehre/">Fähre</a></li></ul></div></div></div>
        <div class="vc_row"><div class="tdm_block_inline_text"><p class="tdm-descr">Reportagen</p></div>
        <div class="td_flex_block"><div class="td_module_flex"><h3 class="entry-title"><a href="/2023/10/26/werft/">Ein Tag auf der Werft</a></h3>
        <div class="td-excerpt">Wie die neuen Boote entstehen, erzählt der Schiffbaumeister beim Rundgang.</div></div></div></div>
        </article></body></html>
        """), "nachtfaehre.html");

    [Fact]
    public void The_themes_post_content_box_is_the_text_and_the_templates_labels_around_it_are_not()
    {
        var page = Parse("td-post-content");
        Assert.Equal(3, page.BodyParagraphs.Count);
        Assert.StartsWith("Im März", page.BodyParagraphs[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_post_content_box_of_a_few_words_is_no_text_box()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            <html><head><title>Die Nachtfähre bleibt im Fahrplan</title></head><body><article><h1>Die Nachtfähre bleibt im Fahrplan</h1>
            <div class="td-post-content">Kurz notiert</div>
            <p>Die Hafenverwaltung hat am Montag beschlossen, die letzte Überfahrt der Nachtfähre auch im Winter um halb zwölf fahren zu lassen.</p>
            <p>Schichtarbeiter vom Containerterminal hatten um die späte Fähre gebeten, sagte die Vorsitzende nach der Abstimmung im Rathaus.</p>
            </article></body></html>
            """), "kurz.html");
        Assert.Contains(page.BodyParagraphs, paragraph => paragraph.StartsWith("Schichtarbeiter", StringComparison.Ordinal));
    }
}
