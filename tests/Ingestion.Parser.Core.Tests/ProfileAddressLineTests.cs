using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ProfileAddressLineTests
{
    [Theory]
    [InlineData("Twitter.com/MeganDwyerNT")]
    [InlineData("twitter.com/megandwyer_nt")]
    [InlineData("www.twitter.com/MeganDwyerNT")]
    [InlineData("https://twitter.com/MeganDwyerNT/")]
    [InlineData("facebook.com/dana.whitcomb")]
    public void A_writer_s_bare_profile_address_is_a_contact_line(string line)
    {
        Assert.True(ProfileAddressLine.Is(line));
        Assert.True(BoilerplateFilter.IsBoilerplate(line));
    }

    [Theory]
    [InlineData("twitter.com/MeganDwyerNT/status/382963611574407168")]
    [InlineData("Twitter.com is where the council posted its notice.")]
    [InlineData("http://www.narrowstelegram.com/news/local/bell-island-ferry")]
    [InlineData("twitter.com/")]
    [InlineData("The ferry left at 6:30 a.m. from Portugal Cove.")]
    public void A_deeper_link_a_site_address_or_a_sentence_is_no_profile_line(string line) => Assert.False(ProfileAddressLine.Is(line));
}
