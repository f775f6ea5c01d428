using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class HashSuffixedCreditClassTests
{
    private static ParsedPage Parse(string figure) => PageParser.Parse(Encoding.UTF8.GetBytes($$"""
        <!DOCTYPE html><html><head><title>Lakeside orchard opens its cider barn - Valley Weekly</title></head><body>
        <article class="article"><header class="article-header"><h1>Lakeside orchard opens its cider barn</h1></header>
        <div class="storyBody_q8f2kd">
        <p>The orchard on the east shore opened its restored cider barn to visitors on Saturday, three years after a storm took its roof.</p>
        {{figure}}
        <p>The owners said the barn would host tastings on weekends through the autumn and a small market on the first Sunday of each month.</p>
        </div></article></body></html>
        """), "page.html");

    [Fact]
    public void A_credit_classed_by_a_css_in_js_hash_before_the_figcaption_is_an_entry_before_it()
    {
        var page = Parse("""<figure><div><img src="barn.jpg" alt="The barn"><span class="storyPictureCredits_t4w9zq">© Priya Lennox</span></div><figcaption class="storyPictureCaption_m2k8vd">Visitors queue outside the restored barn on Saturday.</figcaption></figure>""");

        Assert.Equal(["© Priya Lennox", "Visitors queue outside the restored barn on Saturday."], page.Captions);
    }

    [Theory]
    [InlineData("storyPictureCredits_t4w9zq", true)]
    [InlineData("heroCredit_9a7b2", true)]
    // No digit after the underscore: a word, no generated hash.
    [InlineData("sidebarCredits_wide", false)]
    // No camel case before "Credits": left to the class readers that split on "_".
    [InlineData("photo_Credits_x1y2z3", false)]
    [InlineData("storyPictureCaption_m2k8vd", false)]
    public void Only_a_camel_case_credit_name_before_a_short_hash_counts(string className, bool expected) =>
        Assert.Equal(expected, HashSuffixedCreditClass.Is(className));
}
