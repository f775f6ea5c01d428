using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class HiddenModifierCaptionTests
{
    private static ParsedPage Parse(string teaserCaptionClass) => PageParser.Parse(Encoding.UTF8.GetBytes($"""
        <html><head><title>The harbour ferry gets a new name</title></head><body>
        <article><h1>The harbour ferry gets a new name</h1>
        <figure><img src="/ferry.jpg" alt="The ferry at the north pier."><figcaption><p class="image-caption">The ferry at the north pier.</p>
        <p class="image-credit">© Jo Pell / Harbour Board</p></figcaption></figure>
        <p>The harbour ferry that has crossed the bay for thirty years will sail under a new name from the spring timetable on.</p>
        <p>The county board chose the name after a vote among riders, who sent in more than four hundred ideas over the summer.</p>
        </article>
        <div class="more"><article class="preview"><figure><a href="/other"><img src="/other.jpg" alt="Divers at the old quay."></a>
        <figcaption class="{teaserCaptionClass}"><p class="image-credit">© Ana Ruiz / stock</p></figcaption></figure>
        <h2><a href="/other">Divers find a wreck under the old quay</a></h2></article></div>
        </body></html>
        """), "page.html");

    [Fact]
    public void A_teaser_caption_hidden_by_its_bem_modifier_is_no_caption()
    {
        var page = Parse("figcaption--hidden");

        Assert.Equal(["The ferry at the north pier. © Jo Pell / Harbour Board"], page.Captions);
    }

    [Fact]
    public void A_caption_whose_modifier_names_another_state_stays()
    {
        var page = Parse("figcaption--small");

        Assert.Contains("© Ana Ruiz / stock", page.Captions);
    }
}
