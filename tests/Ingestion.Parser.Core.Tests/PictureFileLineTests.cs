using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class PictureFileLineTests
{
    [Theory]
    [InlineData("[ht_cruise_ship.jpg]")]
    [InlineData("   [1*nightbus.jpeg?q=20] [1*nightbus.jpeg?q=20] [1*nightbus.jpeg]")]
    [InlineData("   [crop?thumbnail=45%2C45&amp;quality=80]")]
    public void A_picture_file_name_or_a_row_of_them_is_a_picture(string line) => Assert.True(PictureFileLine.Is(line));

    [Theory]
    [InlineData("[Go] [Publish]")]
    [InlineData("[1*nightbus.jpeg] [Share this]")]
    [InlineData("[1*nightbus.jpeg] and more")]
    [InlineData("[search?]")]
    [InlineData("[Sign up?]")]
    public void Buttons_and_words_are_not(string line) => Assert.False(PictureFileLine.Is(line));
}
