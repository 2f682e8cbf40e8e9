using System.Text;
using System.Xml;

namespace Reader.Site.Outputs;

/// <summary>XmlWriter set up for byte-identical output: UTF-8 without BOM, "\n", two-space indent.</summary>
public static class XmlOutput
{
    public static string Write(Action<XmlWriter> write)
    {
        var settings = new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(false),
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
            NewLineHandling = NewLineHandling.Replace,
        };
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, settings))
        {
            writer.WriteStartDocument();
            write(writer);
            writer.WriteEndDocument();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }
}
