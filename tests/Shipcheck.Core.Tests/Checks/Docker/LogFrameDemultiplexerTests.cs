using System.Buffers.Binary;
using System.Text;
using Shipcheck.Core.Checks.DockerLogs;

namespace Shipcheck.Core.Tests.Checks.Docker;

public sealed class LogFrameDemultiplexerTests
{
    private readonly List<string> _lines = [];

    private LogFrameDemultiplexer Demultiplexer(bool multiplexed) =>
        new(multiplexed, (source, text) => _lines.Add($"{source}: {text}"));

    [Fact]
    public void Joins_a_line_whose_frames_arrive_one_byte_at_a_time()
    {
        var body = Frame(1, "partial ").Concat(Frame(2, "oops\n")).Concat(Frame(1, "line\nnext")).ToArray();
        var demultiplexer = Demultiplexer(multiplexed: true);

        foreach (var b in body)
        {
            demultiplexer.Feed([b]);
        }
        demultiplexer.Finish();

        Assert.Equal(["Stderr: oops", "Stdout: partial line", "Stdout: next"], _lines);
    }

    [Fact]
    public void Reads_a_terminal_stream_as_raw_stdout_with_crlf_endings()
    {
        var demultiplexer = Demultiplexer(multiplexed: false);

        demultiplexer.Feed("one\r\ntwo\r\n\r\nthree"u8);
        demultiplexer.Finish();

        Assert.Equal(["Stdout: one", "Stdout: two", "Stdout: ", "Stdout: three"], _lines);
    }

    [Fact]
    public async Task Streams_a_body_and_replaces_invalid_utf8()
    {
        using var body = new MemoryStream([.. Frame(1, "ok\n"), .. Frame(1, [0x62, 0xFF, 0x0A])]);

        await Demultiplexer(multiplexed: true).ReadAsync(body, TestContext.Current.CancellationToken);

        Assert.Equal(["Stdout: ok", "Stdout: b\uFFFD"], _lines);
    }

    [Fact]
    public void Refuses_a_body_that_is_not_in_the_frame_format()
    {
        var demultiplexer = Demultiplexer(multiplexed: true);

        Assert.Throws<InvalidDataException>(() => demultiplexer.Feed("plain text, no frames\n"u8));
    }

    private static byte[] Frame(byte stream, string payload) => Frame(stream, Encoding.UTF8.GetBytes(payload));

    private static byte[] Frame(byte stream, byte[] payload)
    {
        var frame = new byte[8 + payload.Length];
        frame[0] = stream;
        BinaryPrimitives.WriteUInt32BigEndian(frame.AsSpan(4), (uint)payload.Length);
        payload.CopyTo(frame, 8);
        return frame;
    }
}
