using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class SidebarLayoutClassNamesTests
{
    [Theory]
    [InlineData("w-full lg:w-main-with-right-sidebar lg:shrink", "w-full lg:shrink")]
    [InlineData("t-layout t-layout--with-sidebar", "t-layout")]
    [InlineData("site-content has-sidebar", "site-content")]
    [InlineData("layout-with-left-sidebar", "")]
    public void A_class_naming_the_sidebar_a_column_goes_with_is_no_sidebar(string names, string left)
    {
        Assert.Equal(left, SidebarLayoutClassNames.Without(names));
    }

    [Theory]
    [InlineData("sidebar")]
    [InlineData("w-full lg:w-right-sidebar")]
    [InlineData("sidebar-with-ads")]
    [InlineData("text-sidebar-link")]
    [InlineData("entry-content")]
    public void The_sidebars_own_class_is_left_as_it_is(string names)
    {
        Assert.Same(names, SidebarLayoutClassNames.Without(names));
    }

    private static ParsedPage Parse(string columnClass) => PageParser.Parse(Encoding.UTF8.GetBytes($$"""
        <html><head><title>Ferry fares rise again</title></head><body>
        <section class="hero"><h1>Ferry fares rise again</h1><div>Maren Holloway</div></section>
        <div class="container"><div class="flex">
        <div class="{{columnClass}}"><article class="main-content"><div><p>The harbour board raised the fares for the island ferry by a tenth on Monday, the third rise in two years.</p>
        <p>Commuters who cross every day will pay almost two hundred more a year, the passengers' association reckoned.</p>
        <p>The board said the new boats, due next spring, had cost more than it planned when it ordered them.</p></div></article></div>
        <aside class="w-full lg:w-right-sidebar"><div class="box"><a href="/fares/">Fare tables</a></div></aside>
        </div></div></body></html>
        """), "story.html");

    [Fact]
    public void The_main_column_named_for_the_sidebar_beside_it_keeps_its_text()
    {
        var page = Parse("w-full lg:w-main-with-right-sidebar");
        Assert.Equal(3, page.BodyParagraphs.Count);
        Assert.StartsWith("The harbour board raised", page.BodyParagraphs[0]);
    }

    [Fact]
    public void A_column_classed_as_the_sidebar_itself_still_goes()
    {
        var page = Parse("w-full lg:w-right-sidebar");
        Assert.DoesNotContain(page.BodyParagraphs, paragraph => paragraph.StartsWith("The harbour board raised", StringComparison.Ordinal));
    }
}
