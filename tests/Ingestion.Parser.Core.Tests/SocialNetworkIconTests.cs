using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class SocialNetworkIconTests
{
    private const string Page = """
        <html><head><title>Town Council Votes To Rename Itself The Council | The Weekly Spoof</title></head><body>
        <header class="site-header"><h1><a href="/" title="Home - The Weekly Spoof" class="bgcontain"><!--[if lt IE 9]><img src="/logo.png" alt="The Weekly Spoof" /><![endif]--></a></h1>
        <div id="networks"><ul class="icons"><li><a href="#" class="youtube"><img src="/yt.jpg" alt="YouTube" /></a></li>
        <li><a href="#" class="facebook"><img src="/fb.png" alt="Facebook" /></a></li></ul></div>
        <nav><ul><li><a href="/politics/">Politics</a></li><li><a href="/local/">Local</a></li></ul></nav></header>
        <article class="full-article"><h1>Town Council Votes To Rename Itself The Council</h1>
        <div class="meta"><span class="pubdate">Mar 4, 2014</span><div class="author">By Orla Penwick</div></div>
        <div class="article-body"><p>In a close vote on Tuesday evening, the town council agreed to drop the word town from its name, saying it had always found the word a little limiting.</p>
        <p>Members said the change would cost nothing, since nobody in the town had ever used the full name on any letter or sign anyway.</p></div></article>
        <footer><p>&copy;Copyright 2014 Spoof Media Inc. All rights reserved</p></footer></body></html>
        """;

    [Fact]
    public void A_headers_follow_icon_named_for_a_network_is_no_logo()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(Page), "council.html");
        Assert.Equal("The Weekly Spoof", page.Site);
    }

    [Fact]
    public void A_logo_picture_with_the_sites_name_still_names_it()
    {
        var html = Page.Replace("<!--[if lt IE 9]><img src=\"/logo.png\" alt=\"The Weekly Spoof\" /><![endif]-->", "<img src=\"/logo.png\" alt=\"Weekly Spoof\" />");
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(html), "council.html");
        Assert.NotEqual("YouTube", page.Site);
    }

    [Theory]
    [InlineData("YouTube", true)]
    [InlineData(" Google Plus ", true)]
    [InlineData("The Weekly Spoof", false)]
    [InlineData("Tube Times", false)]
    public void Only_a_networks_name_alone_is_an_icon(string alt, bool expected) => Assert.Equal(expected, SocialNetworkIcon.Is(alt));
}
