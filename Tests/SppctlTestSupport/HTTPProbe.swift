import Foundation

/// A minimal HTTP/1.1 client over a plain socket, for end-to-end tests: it sends exactly the
/// headers given (no cookie jar, no redirects) and returns the status, headers and body.
public enum HTTPProbe {
    /// A response.
    public struct Response: Sendable {
        /// The status code.
        public let status: Int
        /// Header fields in order, names as received.
        public let headers: [(name: String, value: String)]
        /// The body as text.
        public let body: String

        /// The values of header `name` (case-insensitive).
        public func values(_ name: String) -> [String] {
            headers.filter { $0.name.lowercased() == name.lowercased() }.map(\.value)
        }
    }

    /// `GET path` from `address:port` with `Host: host` and `headers`.
    public static func get(_ address: String, _ port: Int, host: String, path: String = "/", headers: [String: String] = [:]) throws -> Response {
        guard let descriptor = connection(address, port) else { throw ProbeError("cannot connect to \(address):\(port)") }
        defer { close(descriptor) }
        var timeout = timeval(tv_sec: 5, tv_usec: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var request = "GET \(path) HTTP/1.1\r\nHost: \(host)\r\nConnection: close\r\n"
        for (name, value) in headers.sorted(by: { $0.key < $1.key }) { request += "\(name): \(value)\r\n" }
        request += "\r\n"
        _ = request.withCString { send(descriptor, $0, strlen($0), 0) }
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = recv(descriptor, &buffer, buffer.count, 0)
            if count <= 0 { break }
            data.append(contentsOf: buffer[0..<count])
        }
        let text = String(decoding: data, as: UTF8.self)
        guard let split = text.range(of: "\r\n\r\n") else { throw ProbeError("no response from \(address):\(port)") }
        let lines = text[..<split.lowerBound].components(separatedBy: "\r\n")
        let status = lines.first.flatMap { Int($0.split(separator: " ").dropFirst().first ?? "") } ?? 0
        let headers = lines.dropFirst().compactMap { line -> (String, String)? in
            guard let colon = line.firstIndex(of: ":") else { return nil }
            return (String(line[..<colon]), line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces))
        }
        return Response(status: status, headers: headers, body: String(text[split.upperBound...]))
    }

    /// Waits until something accepts connections on `address:port`.
    public static func waitForListener(_ address: String, _ port: Int, seconds: Double = 10) throws {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if let descriptor = connection(address, port) {
                close(descriptor)
                return
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
        throw ProbeError("nothing listens on \(address):\(port) after \(seconds) s")
    }

    /// A connected TCP socket to `address:port`, or `nil`.
    private static func connection(_ address: String, _ port: Int) -> Int32? {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { return nil }
        var target = sockaddr_in()
        target.sin_family = sa_family_t(AF_INET)
        target.sin_port = in_port_t(UInt16(port).bigEndian)
        inet_pton(AF_INET, address, &target.sin_addr)
        let connected = withUnsafePointer(to: &target) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        if connected == 0 { return descriptor }
        close(descriptor)
        return nil
    }
}

/// A failed probe.
public struct ProbeError: Error, CustomStringConvertible {
    /// What failed.
    public let description: String

    /// Creates an error.
    public init(_ description: String) { self.description = description }
}
