<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>ActivityLabel</name>
    <message>
        <source>Comment</source>
        <translation>댓글</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>생성됨</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>수정됨</translation>
    </message>
    <message>
        <source>Draft saved</source>
        <translation>임시 저장됨</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>테스트</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>검수 중</translation>
    </message>
    <message>
        <source>Approved (now %1)</source>
        <translation>승인됨(현재 %1)</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>승인됨</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>반려됨</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>상태: %1</translation>
    </message>
</context>
<context>
    <name>ActivityText</name>
    <message>
        <source>just now</source>
        <translation>방금 전</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n분 전</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n시간 전</numerusform>
        </translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>어제</translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n일 전</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 by %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>Correct the highlighted fields and try again.</source>
        <translation>강조 표시된 항목을 수정한 후 다시 시도하세요.</translation>
    </message>
    <message>
        <source>The access key was refused. Check the project ID, key ID and key secret in the project settings.</source>
        <translation>액세스 키가 거부되었습니다. 프로젝트 설정에서 프로젝트 ID, 키 ID, 키 시크릿을 확인하세요.</translation>
    </message>
    <message>
        <source>This key may not do that. Ask the project&apos;s administrator for access.</source>
        <translation>이 키로는 해당 작업을 할 수 없습니다. 프로젝트 관리자에게 권한을 요청하세요.</translation>
    </message>
    <message>
        <source>It no longer exists or the ID is wrong. Refresh the list.</source>
        <translation>더 이상 존재하지 않거나 ID가 잘못되었습니다. 목록을 새로 고치세요.</translation>
    </message>
    <message>
        <source>It conflicts with the current state. Refresh and try again.</source>
        <translation>현재 상태와 충돌합니다. 새로 고친 후 다시 시도하세요.</translation>
    </message>
    <message>
        <source>A precondition is not met. Complete the missing steps first.</source>
        <translation>사전 조건이 충족되지 않았습니다. 누락된 단계를 먼저 완료하세요.</translation>
    </message>
    <message>
        <source>A limit or a dependency blocks this. Free up or fix the dependency first.</source>
        <translation>한도 또는 종속 항목 때문에 진행할 수 없습니다. 먼저 한도를 확보하거나 종속 항목을 수정하세요.</translation>
    </message>
    <message>
        <source>Too many requests. Wait a moment and try again.</source>
        <translation>요청이 너무 많습니다. 잠시 후 다시 시도하세요.</translation>
    </message>
    <message>
        <source>The server had a problem. Wait a moment and try again; if it persists, contact Sinch support.</source>
        <translation>서버에 문제가 발생했습니다. 잠시 후 다시 시도하고, 문제가 계속되면 Sinch 지원팀에 문의하세요.</translation>
    </message>
    <message>
        <source>Try again; if it persists, check the project settings.</source>
        <translation>다시 시도하세요. 문제가 계속되면 프로젝트 설정을 확인하세요.</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1).</source>
        <translation>서버가 요청을 거부했습니다(HTTP %1).</translation>
    </message>
    <message numerus="yes">
        <source>The server asks to wait %n second(s).</source>
        <translation>
            <numerusform>서버에서 %n초 기다리라고 요청합니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Accepted values: %1.</source>
        <translation>허용되는 값: %1.</translation>
    </message>
    <message>
        <source>The server&apos;s name could not be found (%1). Check the base URL in the project settings and your network connection.</source>
        <translation>서버 이름을 찾을 수 없습니다(%1). 프로젝트 설정의 기본 URL과 네트워크 연결을 확인하세요.</translation>
    </message>
    <message>
        <source>The server refused the connection (%1). Check the base URL; if it is right, the service may be down: try again later.</source>
        <translation>서버가 연결을 거부했습니다(%1). 기본 URL을 확인하세요. URL이 올바르다면 서비스가 중단되었을 수 있으니 나중에 다시 시도하세요.</translation>
    </message>
    <message>
        <source>The server closed the connection before answering. Try again.</source>
        <translation>서버가 응답하기 전에 연결을 끊었습니다. 다시 시도하세요.</translation>
    </message>
    <message>
        <source>The server closed the connection before answering; the change may or may not have been made. Refresh to check before sending it again.</source>
        <translation>서버가 응답하기 전에 연결을 닫았습니다. 변경이 적용되었을 수도, 아닐 수도 있습니다. 다시 보내기 전에 새로 고쳐 확인하세요.</translation>
    </message>
    <message>
        <source>The server did not answer in time; the change may or may not have been made. Refresh to check before sending it again.</source>
        <translation>서버가 제때 응답하지 않았습니다. 변경이 적용되었을 수도, 아닐 수도 있습니다. 다시 보내기 전에 새로 고쳐 확인하세요.</translation>
    </message>
    <message>
        <source>The network failed: %1. Check your connection and try again.</source>
        <translation>네트워크 오류: %1. 연결을 확인하고 다시 시도하세요.</translation>
    </message>
    <message>
        <source>The server did not answer in time. Check your connection and try again.</source>
        <translation>서버가 제때 응답하지 않았습니다. 연결을 확인하고 다시 시도하세요.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was not accepted (%1). The console never skips this check: verify the base URL and the system&apos;s certificates.</source>
        <translation>서버 인증서가 승인되지 않았습니다(%1). 콘솔은 이 확인을 건너뛰지 않습니다. 기본 URL과 시스템 인증서를 확인하세요.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>취소되었습니다.</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>HTTP 상태: %1</translation>
    </message>
    <message>
        <source>Error code: %1</source>
        <translation>오류 코드: %1</translation>
    </message>
    <message>
        <source>Message: %1</source>
        <translation>메시지: %1</translation>
    </message>
    <message>
        <source>Resolution: %1</source>
        <translation>해결 방법: %1</translation>
    </message>
    <message>
        <source>Operation: %1</source>
        <translation>작업: %1</translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation>요청 ID: %1</translation>
    </message>
    <message>
        <source>Additional information: %1</source>
        <translation>추가 정보: %1</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 with an empty body.</source>
        <translation>서버가 HTTP %1 응답을 빈 본문으로 보냈습니다.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 with a web page instead of the API&apos;s JSON.</source>
        <translation>서버가 HTTP %1 응답으로 API의 JSON 대신 웹 페이지를 보냈습니다.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 with a body that is not JSON.</source>
        <translation>서버가 HTTP %1 응답으로 JSON이 아닌 본문을 보냈습니다.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1.</source>
        <translation>서버 응답: HTTP %1.</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>제한 시간 내 응답 없음</translation>
    </message>
    <message>
        <source>a redirect to another site was refused</source>
        <translation>다른 사이트로의 리디렉션이 거부됨</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>서버가 연결을 끊음</translation>
    </message>
    <message>
        <source>an answer too large to read</source>
        <translation>읽기에는 너무 큰 응답</translation>
    </message>
    <message>
        <source>an answer that could not be read</source>
        <translation>읽을 수 없는 응답</translation>
    </message>
    <message>
        <source>The server had a problem (HTTP %1). Wait a moment and try again; if it persists, contact Sinch support.</source>
        <translation>서버에 문제가 발생했습니다(HTTP %1). 잠시 후 다시 시도하세요. 계속되면 Sinch 지원팀에 문의하세요.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was too large to read (%1). If it keeps happening, ask for fewer items at a time or contact support.</source>
        <translation>서버의 응답이 너무 커서 읽을 수 없습니다(%1). 계속되면 한 번에 더 적은 항목을 요청하거나 지원팀에 문의하세요.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read: it came cut off or garbled. Try again; if it keeps happening, a proxy or an outage may be in the way.</source>
        <translation>서버의 응답을 읽을 수 없습니다. 잘리거나 손상된 채 도착했습니다. 다시 시도하세요. 계속되면 프록시나 장애가 원인일 수 있습니다.</translation>
    </message>
    <message>
        <source>stopped waiting for the answer</source>
        <translation>응답 대기를 중지함</translation>
    </message>
    <message>
        <source>You stopped waiting for the server; the change may or may not have been made. Refresh to check before sending it again.</source>
        <translation>서버 대기를 중지했습니다. 변경 사항이 적용되었을 수도, 적용되지 않았을 수도 있습니다. 다시 보내기 전에 새로 고쳐 확인하세요.</translation>
    </message>
    <message>
        <source>You stopped waiting for the server. Try again when you are ready.</source>
        <translation>서버 대기를 중지했습니다. 준비되면 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Stopped waiting for the answer.</source>
        <translation>응답 대기를 중지했습니다.</translation>
    </message>
</context>
<context>
    <name>EnumText</name>
    <message>
        <source>Active</source>
        <translation>활성</translation>
    </message>
    <message>
        <source>Alcohol</source>
        <translation>주류</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>승인됨</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>인증</translation>
    </message>
    <message>
        <source>Automotive</source>
        <translation>자동차</translation>
    </message>
    <message>
        <source>Basic message</source>
        <translation>기본 메시지</translation>
    </message>
    <message>
        <source>Beauty spa salon</source>
        <translation>뷰티·스파·살롱</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>차단됨</translation>
    </message>
    <message>
        <source>Clothing and apparel</source>
        <translation>의류 및 패션</translation>
    </message>
    <message>
        <source>Conversational</source>
        <translation>대화형</translation>
    </message>
    <message>
        <source>Conversational legacy</source>
        <translation>대화형(구버전)</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>거절됨</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>비활성화됨</translation>
    </message>
    <message>
        <source>Downscaling</source>
        <translation>다운스케일 중</translation>
    </message>
    <message>
        <source>Downscaling failed</source>
        <translation>다운스케일 실패</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>임시 저장</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>교육</translation>
    </message>
    <message>
        <source>Entertainment</source>
        <translation>엔터테인먼트</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>오류</translation>
    </message>
    <message>
        <source>Event planning and service</source>
        <translation>이벤트 기획 및 서비스</translation>
    </message>
    <message>
        <source>Finance and banking</source>
        <translation>금융 및 은행</translation>
    </message>
    <message>
        <source>Food and grocery</source>
        <translation>식품 및 식료품</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>녹색</translation>
    </message>
    <message>
        <source>Hotel and lodging</source>
        <translation>호텔 및 숙박</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>비활성</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>유효하지 않음</translation>
    </message>
    <message>
        <source>Invalid in Google My Business</source>
        <translation>Google 비즈니스 프로필에서 유효하지 않음</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>진행 중</translation>
    </message>
    <message>
        <source>In test</source>
        <translation>테스트 중</translation>
    </message>
    <message>
        <source>Launched</source>
        <translation>출시됨</translation>
    </message>
    <message>
        <source>Launching</source>
        <translation>출시 중</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>마케팅</translation>
    </message>
    <message>
        <source>Medical and health</source>
        <translation>의료 및 건강</translation>
    </message>
    <message>
        <source>Multiuse</source>
        <translation>다용도</translation>
    </message>
    <message>
        <source>Non profit</source>
        <translation>비영리</translation>
    </message>
    <message>
        <source>Not launched</source>
        <translation>출시되지 않음</translation>
    </message>
    <message>
        <source>Onboarded</source>
        <translation>온보딩 완료</translation>
    </message>
    <message>
        <source>Online gambling</source>
        <translation>온라인 도박</translation>
    </message>
    <message>
        <source>Otc drugs</source>
        <translation>일반의약품</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>기타</translation>
    </message>
    <message>
        <source>OTP</source>
        <translation>일회용 비밀번호(OTP)</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>일시 중지됨</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <source>Pending Facebook verification</source>
        <translation>Facebook 인증 대기 중</translation>
    </message>
    <message>
        <source>Pending unlaunched</source>
        <translation>출시 철회 대기 중</translation>
    </message>
    <message>
        <source>Pending verification</source>
        <translation>인증 대기 중</translation>
    </message>
    <message>
        <source>Physical gambling</source>
        <translation>오프라인 도박</translation>
    </message>
    <message>
        <source>Preparing launch</source>
        <translation>출시 준비 중</translation>
    </message>
    <message>
        <source>Professional services</source>
        <translation>전문 서비스</translation>
    </message>
    <message>
        <source>Promotional</source>
        <translation>프로모션</translation>
    </message>
    <message>
        <source>Public service</source>
        <translation>공공 서비스</translation>
    </message>
    <message>
        <source>Quality score green</source>
        <translation>품질: 녹색</translation>
    </message>
    <message>
        <source>Quality score red</source>
        <translation>품질: 빨간색</translation>
    </message>
    <message>
        <source>Quality score unknown</source>
        <translation>품질: 알 수 없음</translation>
    </message>
    <message>
        <source>Quality score yellow</source>
        <translation>품질: 노란색</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>빨간색</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>반려됨</translation>
    </message>
    <message>
        <source>Restaurant</source>
        <translation>음식점</translation>
    </message>
    <message>
        <source>Shopping and retail</source>
        <translation>쇼핑 및 소매</translation>
    </message>
    <message>
        <source>Single message</source>
        <translation>단일 메시지</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>정지됨</translation>
    </message>
    <message>
        <source>Transactional</source>
        <translation>거래형</translation>
    </message>
    <message>
        <source>Travel and transportation</source>
        <translation>여행 및 교통</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source>Unlaunched</source>
        <translation>철회됨</translation>
    </message>
    <message>
        <source>Unrecognized</source>
        <translation>인식되지 않음</translation>
    </message>
    <message>
        <source>Unverified</source>
        <translation>미인증</translation>
    </message>
    <message>
        <source>Upscaled</source>
        <translation>업스케일 완료</translation>
    </message>
    <message>
        <source>Upscaling</source>
        <translation>업스케일 중</translation>
    </message>
    <message>
        <source>Upscaling failed</source>
        <translation>업스케일 실패</translation>
    </message>
    <message>
        <source>Utility</source>
        <translation>유틸리티</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>인증됨</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>인증 중</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>노란색</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>문서</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>이미지</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>위치</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>텍스트</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>동영상</translation>
    </message>
    <message>
        <source>Abusive content</source>
        <translation>악용 콘텐츠</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>대화</translation>
    </message>
    <message>
        <source>Conversation expire policy</source>
        <translation>대화 단위 만료</translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation>발송</translation>
    </message>
    <message>
        <source>Europe</source>
        <translation>유럽</translation>
    </message>
    <message>
        <source>Deprecated</source>
        <translation>지원 중단</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>게시됨</translation>
    </message>
    <message>
        <source>Incorrect category</source>
        <translation>잘못된 카테고리</translation>
    </message>
    <message>
        <source>Invalid format</source>
        <translation>잘못된 형식</translation>
    </message>
    <message>
        <source>Message expire policy</source>
        <translation>메시지 단위 만료</translation>
    </message>
    <message>
        <source>None</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Persist retention policy</source>
        <translation>영구 보관</translation>
    </message>
    <message>
        <source>Scam</source>
        <translation>사기</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>자체 번호</translation>
    </message>
    <message>
        <source>Sinch</source>
        <translation>Sinch</translation>
    </message>
    <message>
        <source>Asia-Pacific</source>
        <translation>아시아 태평양</translation>
    </message>
    <message>
        <source>North America</source>
        <translation>북미</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>No</source>
        <translation>아니요</translation>
    </message>
    <message>
        <source>Failing</source>
        <translation>실패 중</translation>
    </message>
</context>
<context>
    <name>KakaotalkTemplateRules</name>
    <message>
        <source>At most %1 characters are allowed; this has %2.</source>
        <translation>최대 %1자까지 허용됩니다. 현재 %2자입니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2.</source>
        <translation>&quot;%1&quot;은(는) %2 중 하나가 아닙니다.</translation>
    </message>
    <message>
        <source>A variable is not closed: write it as #{name}.</source>
        <translation>변수가 닫히지 않았습니다. #{name} 형식으로 작성하세요.</translation>
    </message>
    <message>
        <source>A variable has no name: write it as #{name}, e.g. #{customer}.</source>
        <translation>변수에 이름이 없습니다. #{name} 형식으로 작성하세요(예: #{customer}).</translation>
    </message>
    <message>
        <source>%1 is not a KakaoTalk variable: write variables as #{name}, e.g. #{customer}.</source>
        <translation>%1은(는) 카카오톡 변수가 아닙니다. 변수는 #{name} 형식으로 작성하세요(예: #{customer}).</translation>
    </message>
    <message>
        <source>At most %1 buttons are allowed; remove %2.</source>
        <translation>버튼은 최대 %1개까지 허용됩니다. %2개를 삭제하세요.</translation>
    </message>
    <message>
        <source>Give the button its position, %1 to %2.</source>
        <translation>버튼 위치를 %1~%2 사이로 지정하세요.</translation>
    </message>
    <message>
        <source>Positions are whole numbers from %1 to %2.</source>
        <translation>위치는 %1~%2 사이의 정수입니다.</translation>
    </message>
    <message>
        <source>Button %1 already has position %2: each button needs its own.</source>
        <translation>버튼 %1이(가) 이미 위치 %2를 사용합니다. 버튼마다 다른 위치가 필요합니다.</translation>
    </message>
    <message>
        <source>Choose what the button does.</source>
        <translation>버튼 동작을 선택하세요.</translation>
    </message>
    <message>
        <source>Give the button a label.</source>
        <translation>버튼 이름을 입력하세요.</translation>
    </message>
    <message>
        <source>Button labels are at most %1 characters; this one has %2.</source>
        <translation>버튼 이름은 최대 %1자입니다. 현재 %2자입니다.</translation>
    </message>
    <message>
        <source>Links are %1 to %2 characters; this one has %3.</source>
        <translation>링크는 %1~%2자입니다. 현재 %3자입니다.</translation>
    </message>
    <message>
        <source>The template has no details: add at least a name, a language and the content.</source>
        <translation>템플릿에 세부 정보가 없습니다. 최소한 이름, 언어, 내용을 추가하세요.</translation>
    </message>
    <message>
        <source>Give the template a name.</source>
        <translation>템플릿 이름을 입력하세요.</translation>
    </message>
    <message>
        <source>Names are at most %1 characters; this one has %2.</source>
        <translation>이름은 최대 %1자입니다. 현재 %2자입니다.</translation>
    </message>
    <message>
        <source>Choose the template&apos;s language.</source>
        <translation>템플릿 언어를 선택하세요.</translation>
    </message>
    <message>
        <source>Write the message text.</source>
        <translation>메시지 본문을 작성하세요.</translation>
    </message>
    <message>
        <source>The text is at most %1 characters; this one has %2.</source>
        <translation>본문은 최대 %1자입니다. 현재 %2자입니다.</translation>
    </message>
    <message>
        <source>Phones show about %1 characters of a title (%2 lines); the rest is cut off.</source>
        <translation>휴대폰에는 제목이 약 %1자(%2줄)까지 표시되고 나머지는 잘립니다.</translation>
    </message>
    <message>
        <source>Android phones show %1 characters of a subtitle; the rest is cut off.</source>
        <translation>Android 휴대폰에는 보조 제목이 %1자까지 표시되고 나머지는 잘립니다.</translation>
    </message>
    <message>
        <source>The category code is %1 to %2 characters, e.g. 999999; pick it from the template categories.</source>
        <translation>카테고리 코드는 %1~%2자입니다(예: 999999). 템플릿 카테고리에서 선택하세요.</translation>
    </message>
    <message>
        <source>Use a JPEG or PNG image of up to 500 KB, at least 500×250 pixels, in a 2:1 ratio.</source>
        <translation>500KB 이하, 최소 500×250픽셀, 2:1 비율의 JPEG 또는 PNG 이미지를 사용하세요.</translation>
    </message>
    <message>
        <source>The text looks like a one-time code: set the security flag so it shows only on the main device.</source>
        <translation>본문이 일회용 인증번호처럼 보입니다. 주 기기에서만 표시되도록 보안 플래그를 설정하세요.</translation>
    </message>
    <message>
        <source>An emphasized-text template needs a title.</source>
        <translation>강조 표기형 템플릿에는 제목이 필요합니다.</translation>
    </message>
    <message>
        <source>An emphasized-text template needs a subtitle.</source>
        <translation>강조 표기형 템플릿에는 보조 제목이 필요합니다.</translation>
    </message>
    <message>
        <source>An image template needs the image&apos;s name.</source>
        <translation>이미지형 템플릿에는 이미지 이름이 필요합니다.</translation>
    </message>
    <message>
        <source>An image template needs the image&apos;s URL.</source>
        <translation>이미지형 템플릿에는 이미지 URL이 필요합니다.</translation>
    </message>
    <message>
        <source>The title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>The subtitle</source>
        <translation>부제목</translation>
    </message>
    <message>
        <source>The image&apos;s name</source>
        <translation>이미지 이름</translation>
    </message>
    <message>
        <source>The image&apos;s URL</source>
        <translation>이미지 URL</translation>
    </message>
    <message>
        <source>%1 is not shown without emphasis: choose text or image emphasis, or remove it.</source>
        <translation>강조 유형이 없으면 %1이(가) 표시되지 않습니다. 텍스트 또는 이미지 강조를 선택하거나 삭제하세요.</translation>
    </message>
    <message>
        <source>A web link button needs its mobile link: the web address it opens on phones.</source>
        <translation>웹 링크 버튼에는 모바일 링크, 즉 휴대폰에서 여는 웹 주소가 필요합니다.</translation>
    </message>
    <message>
        <source>Button %1 is already a “%2” button: a template has at most one button of each kind.</source>
        <translation>버튼 %1이(가) 이미 ‘%2’ 버튼입니다. 템플릿에는 종류별로 버튼을 하나만 둘 수 있습니다.</translation>
    </message>
    <message>
        <source>%1: a link cannot hold a variable (#{…}); enter the full web address.</source>
        <translation>%1: 링크에는 변수(#{…})를 넣을 수 없습니다. 전체 웹 주소를 입력하세요.</translation>
    </message>
    <message>
        <source>%1: enter a full web address starting with https://.</source>
        <translation>%1: https://로 시작하는 전체 웹 주소를 입력하세요.</translation>
    </message>
    <message>
        <source>An app link button needs at least %1 of the mobile link, the iOS app link and the Android app link; the PC link does not count.</source>
        <translation>앱 링크 버튼에는 모바일 링크, iOS 앱 링크, Android 앱 링크 중 최소 %1개가 필요합니다. PC 링크는 포함되지 않습니다.</translation>
    </message>
    <message>
        <source>“%1” templates need the additional information.</source>
        <translation>‘%1’ 템플릿에는 부가 정보가 필요합니다.</translation>
    </message>
    <message>
        <source>Advertising templates are expected to have an “%1” button; Kakao may reject the template without it.</source>
        <translation>광고 템플릿에는 ‘%1’ 버튼이 있어야 합니다. 없으면 카카오에서 템플릿을 반려할 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>KakaotalkTemplateView</name>
    <message>
        <source>Approved</source>
        <translation>승인됨</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>반려됨</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>임시 저장</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>검수 중</translation>
    </message>
    <message>
        <source>Changes rejected</source>
        <translation>변경 사항 반려됨</translation>
    </message>
    <message>
        <source>%1 · draft changes</source>
        <translation>%1 · 변경 사항 임시 저장</translation>
    </message>
    <message>
        <source>%1 · changes in review</source>
        <translation>%1 · 변경 사항 검수 중</translation>
    </message>
    <message>
        <source>%1 · changes rejected</source>
        <translation>%1 · 변경 사항 반려됨</translation>
    </message>
    <message>
        <source>Basic</source>
        <translation>기본형</translation>
    </message>
    <message>
        <source>With extra information</source>
        <translation>부가 정보형</translation>
    </message>
    <message>
        <source>With advertising</source>
        <translation>채널 추가형</translation>
    </message>
    <message>
        <source>Extra information and advertising</source>
        <translation>복합형(부가 정보 + 채널 추가)</translation>
    </message>
    <message>
        <source>No emphasis</source>
        <translation>강조 없음</translation>
    </message>
    <message>
        <source>Emphasized title</source>
        <translation>강조 표기형</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>이미지형</translation>
    </message>
    <message>
        <source>Web link</source>
        <translation>웹 링크</translation>
    </message>
    <message>
        <source>App link</source>
        <translation>앱 링크</translation>
    </message>
    <message>
        <source>Delivery tracking</source>
        <translation>배송 조회</translation>
    </message>
    <message>
        <source>Bot keyword</source>
        <translation>봇 키워드</translation>
    </message>
    <message>
        <source>Message delivery</source>
        <translation>메시지 전달</translation>
    </message>
    <message>
        <source>Talk to an agent</source>
        <translation>상담톡 전환</translation>
    </message>
    <message>
        <source>Transfer to bot</source>
        <translation>봇 전환</translation>
    </message>
    <message>
        <source>Add channel</source>
        <translation>채널 추가</translation>
    </message>
    <message>
        <source>Business form</source>
        <translation>비즈니스폼</translation>
    </message>
    <message>
        <source>Secure image plugin</source>
        <translation>보안 이미지 플러그인</translation>
    </message>
    <message>
        <source>One-click payment plugin</source>
        <translation>원클릭 결제 플러그인</translation>
    </message>
    <message>
        <source>Personal information plugin</source>
        <translation>개인정보 이용 플러그인</translation>
    </message>
    <message>
        <source>Never approved</source>
        <translation>승인된 적 없음</translation>
    </message>
    <message>
        <source>Mobile link</source>
        <translation>모바일 링크</translation>
    </message>
    <message>
        <source>PC link</source>
        <translation>PC 링크</translation>
    </message>
    <message>
        <source>iOS app link</source>
        <translation>iOS 앱 링크</translation>
    </message>
    <message>
        <source>Android app link</source>
        <translation>Android 앱 링크</translation>
    </message>
</context>
<context>
    <name>PreviewTextBound</name>
    <message numerus="yes">
        <source>… %Ln more characters not shown</source>
        <translation>
            <numerusform>… 표시되지 않은 문자 %Ln자 더 있음</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Save the template to start its activity: comments, edits and review steps.</source>
        <translation>템플릿을 저장하면 활동 기록(댓글, 수정, 검수 단계)이 시작됩니다.</translation>
    </message>
</context>
<context>
    <name>RcsLaunchText</name>
    <message>
        <source>Brand name</source>
        <translation>브랜드 이름</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>로고</translation>
    </message>
    <message>
        <source>Banner</source>
        <translation>배너</translation>
    </message>
    <message>
        <source>Privacy policy link</source>
        <translation>개인정보처리방침 링크</translation>
    </message>
    <message>
        <source>Terms of service link</source>
        <translation>서비스 약관 링크</translation>
    </message>
    <message>
        <source>Contact phone or email</source>
        <translation>연락처 전화번호 또는 이메일</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>설명</translation>
    </message>
    <message>
        <source>Brand colour</source>
        <translation>브랜드 색상</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>국가</translation>
    </message>
    <message>
        <source>Test devices</source>
        <translation>테스트 기기</translation>
    </message>
    <message>
        <source>Questionnaire: general questions</source>
        <translation>설문: 일반 질문</translation>
    </message>
    <message>
        <source>Questionnaire: verification contact</source>
        <translation>설문: 인증 담당자</translation>
    </message>
    <message>
        <source>Questionnaire: United Kingdom</source>
        <translation>설문: 영국</translation>
    </message>
    <message>
        <source>Questionnaire: United States</source>
        <translation>설문: 미국</translation>
    </message>
    <message>
        <source>Questionnaire: France</source>
        <translation>설문: 프랑스</translation>
    </message>
    <message>
        <source>Questionnaire: Spain</source>
        <translation>설문: 스페인</translation>
    </message>
    <message>
        <source>Questionnaire: demo video</source>
        <translation>설문: 데모 동영상</translation>
    </message>
    <message>
        <source>%1 is missing: fill it in.</source>
        <translation>%1 항목이 없습니다. 입력하세요.</translation>
    </message>
    <message>
        <source>%1 is missing: add at least one phone number or email (a website alone does not count).</source>
        <translation>%1 항목이 없습니다. 전화번호나 이메일을 하나 이상 추가하세요(웹사이트만으로는 안 됩니다).</translation>
    </message>
    <message>
        <source>%1: choose at least one country to launch in.</source>
        <translation>%1: 출시할 국가를 하나 이상 선택하세요.</translation>
    </message>
    <message>
        <source>%1 is unanswered: answer its questions.</source>
        <translation>%1에 답하지 않았습니다. 질문에 답하세요.</translation>
    </message>
    <message>
        <source>%1 is unanswered: Spanish operators may ask for it.</source>
        <translation>%1에 답하지 않았습니다. 스페인 이동통신사에서 요청할 수 있습니다.</translation>
    </message>
    <message>
        <source>%1 is empty: users see no text about the brand.</source>
        <translation>%1 항목이 비어 있습니다. 사용자에게 브랜드 소개 텍스트가 표시되지 않습니다.</translation>
    </message>
    <message>
        <source>%1 is the default black: pick the brand&apos;s colour.</source>
        <translation>%1이(가) 기본 검은색입니다. 브랜드 색상을 선택하세요.</translation>
    </message>
    <message>
        <source>%1: none yet, so nobody has tried the sender on a phone.</source>
        <translation>%1: 아직 없으므로 휴대폰에서 발신자를 테스트한 사람이 없습니다.</translation>
    </message>
    <message>
        <source>%1 is missing: the launch waits in Launching until a video is given.</source>
        <translation>%1 항목이 없습니다. 동영상이 제출될 때까지 출시가 Launching 상태로 대기합니다.</translation>
    </message>
    <message>
        <source>Not launched yet</source>
        <translation>아직 출시되지 않음</translation>
    </message>
    <message>
        <source>Pending: the operator is reviewing</source>
        <translation>대기 중: 이동통신사 검토 중</translation>
    </message>
    <message>
        <source>Launched</source>
        <translation>출시됨</translation>
    </message>
    <message>
        <source>Rejected by the operator</source>
        <translation>이동통신사에서 거부함</translation>
    </message>
    <message>
        <source>Suspended by the operator</source>
        <translation>이동통신사에서 일시 중지함</translation>
    </message>
    <message>
        <source>Being withdrawn</source>
        <translation>철회 중</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>철회됨</translation>
    </message>
    <message>
        <source>Invalid in Google My Business: fix the business listing</source>
        <translation>Google 마이 비즈니스에서 유효하지 않음: 비즈니스 정보를 수정하세요</translation>
    </message>
    <message>
        <source>Unknown to the API</source>
        <translation>API에서 알 수 없음</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>임시 저장</translation>
    </message>
    <message>
        <source>Being set up</source>
        <translation>설정 중</translation>
    </message>
    <message>
        <source>Preparing the launch</source>
        <translation>출시 준비 중</translation>
    </message>
    <message>
        <source>Launching</source>
        <translation>출시 중</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source>In test</source>
        <translation>테스트 중</translation>
    </message>
</context>
<context>
    <name>RcsQuestionnaire</name>
    <message>
        <source>General</source>
        <translation>일반</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>인증</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>RcsQuestionnaireRules</name>
    <message>
        <source>%1 is deprecated: the API no longer needs this answer and may ignore it.</source>
        <translation>%1은(는) 지원 중단되었습니다. API에서 더 이상 이 답변이 필요하지 않으며 무시될 수 있습니다.</translation>
    </message>
    <message>
        <source>%1 must be exactly %2 digits, without spaces or other signs (it has %3 characters).</source>
        <translation>%1은(는) 공백이나 기호 없이 정확히 %2자리 숫자여야 합니다(현재 %3자).</translation>
    </message>
    <message>
        <source>%1 must be written as %2 (digits for X).</source>
        <translation>%1은(는) %2 형식으로 작성해야 합니다(X는 숫자).</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>entry %1 %2</source>
        <translation>항목 %1 %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>RcsUpdateLockText</name>
    <message>
        <source>its countries</source>
        <translation>국가</translation>
    </message>
    <message>
        <source>its launch</source>
        <translation>출시</translation>
    </message>
    <message>
        <source>While the sender is “%1”, only %2 can change.</source>
        <translation>발신자가 &apos;%1&apos; 상태인 동안에는 %2만 변경할 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>TemplateListCells</name>
    <message numerus="yes">
        <source>%1 · %n missing</source>
        <translation>
            <numerusform>%1 · %n개 누락</numerusform>
        </translation>
    </message>
    <message>
        <source>Available in every language of this project.</source>
        <translation>이 프로젝트의 모든 언어로 제공됩니다.</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>누락: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n language(s)</source>
        <translation>
            <numerusform>%1, %n개 언어</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TestNumberText</name>
    <message>
        <source>Invited: waiting for the tester to accept</source>
        <translation>초대됨: 테스터의 수락 대기 중</translation>
    </message>
    <message>
        <source>Pending: Google is checking the number</source>
        <translation>대기 중: Google에서 번호 확인 중</translation>
    </message>
    <message>
        <source>Verified: can receive test messages</source>
        <translation>인증됨: 테스트 메시지 수신 가능</translation>
    </message>
    <message>
        <source>Declined by the tester: resend the invite</source>
        <translation>테스터가 거절함: 초대를 다시 보내세요</translation>
    </message>
    <message>
        <source>Invalid: not an RCS-capable number</source>
        <translation>유효하지 않음: RCS를 지원하지 않는 번호</translation>
    </message>
    <message>
        <source>Unknown to Google: check the number</source>
        <translation>Google에서 알 수 없음: 번호를 확인하세요</translation>
    </message>
    <message>
        <source>Compose a message</source>
        <translation>메시지 작성</translation>
    </message>
    <message>
        <source>Create a calendar event</source>
        <translation>캘린더 일정 만들기</translation>
    </message>
    <message>
        <source>Dial a number</source>
        <translation>전화 걸기</translation>
    </message>
    <message>
        <source>Open a link</source>
        <translation>링크 열기</translation>
    </message>
    <message>
        <source>Open a link inside the conversation</source>
        <translation>대화 내에서 링크 열기</translation>
    </message>
    <message>
        <source>Share a location</source>
        <translation>위치 공유</translation>
    </message>
    <message>
        <source>View a location</source>
        <translation>위치 보기</translation>
    </message>
    <message>
        <source>Revoke a sent message</source>
        <translation>보낸 메시지 취소</translation>
    </message>
    <message>
        <source>Rich card carousels</source>
        <translation>리치 카드 캐러셀</translation>
    </message>
    <message>
        <source>Standalone rich cards</source>
        <translation>단독 리치 카드</translation>
    </message>
    <message>
        <source>Unspecified feature</source>
        <translation>지정되지 않은 기능</translation>
    </message>
    <message>
        <source>A feature the API does not name</source>
        <translation>API에서 이름을 제공하지 않는 기능</translation>
    </message>
</context>
<context>
    <name>UpscaleText</name>
    <message>
        <source>Upscaling: joining the SMS number</source>
        <translation>업스케일 중: SMS 번호 연결 중</translation>
    </message>
    <message>
        <source>Upscaled: RCS with SMS fallback</source>
        <translation>업스케일됨: SMS 대체 발송이 있는 RCS</translation>
    </message>
    <message>
        <source>Upscaling failed: retry it</source>
        <translation>업스케일 실패: 다시 시도하세요</translation>
    </message>
    <message>
        <source>Downscaling: detaching the SMS number</source>
        <translation>다운스케일 중: SMS 번호 연결 해제 중</translation>
    </message>
    <message>
        <source>Downscaling failed: retry it</source>
        <translation>다운스케일 실패: 다시 시도하세요</translation>
    </message>
    <message>
        <source>RCS sender %1 joined to SMS number %2 in %3: %4.</source>
        <translation>RCS 발신자 %1이(가) %3에서 SMS 번호 %2에 연결됨: %4.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1(%2)</translation>
    </message>
    <message>
        <source>Conversation API app: %1.</source>
        <translation>Conversation API 앱: %1.</translation>
    </message>
</context>
<context>
    <name>WebhookRules</name>
    <message>
        <source>Enter the URL the events are sent to (https://…).</source>
        <translation>이벤트를 보낼 URL을 입력하세요(https://…).</translation>
    </message>
    <message>
        <source>The URL is %1 characters long; at most %2 are allowed.</source>
        <translation>URL이 %1자입니다. 최대 %2자까지 허용됩니다.</translation>
    </message>
    <message>
        <source>The URL may not contain spaces.</source>
        <translation>URL에는 공백을 넣을 수 없습니다.</translation>
    </message>
    <message>
        <source>This is not a valid URL. Write it in full, e.g. https://example.com/callback.</source>
        <translation>유효한 URL이 아닙니다. 전체 주소를 입력하세요(예: https://example.com/callback).</translation>
    </message>
    <message>
        <source>The URL must start with https://: events carry project data and are only sent encrypted.</source>
        <translation>URL은 https://로 시작해야 합니다. 이벤트에는 프로젝트 데이터가 포함되므로 암호화된 연결로만 전송됩니다.</translation>
    </message>
    <message>
        <source>Replacing the webhook sends every field: enter its secret again.</source>
        <translation>웹훅을 교체하면 모든 필드가 전송됩니다. 시크릿을 다시 입력하세요.</translation>
    </message>
    <message>
        <source>Enter a secret: the server signs every event with it so you can verify them.</source>
        <translation>시크릿을 입력하세요. 서버가 모든 이벤트에 이 값으로 서명하므로 이벤트를 검증할 수 있습니다.</translation>
    </message>
    <message>
        <source>The secret is %1 characters long; it must have %2 to %3.</source>
        <translation>시크릿이 %1자입니다. %2~%3자여야 합니다.</translation>
    </message>
    <message>
        <source>A secret this short is easy to guess: use at least %1 random characters.</source>
        <translation>이렇게 짧은 시크릿은 추측하기 쉽습니다. 임의의 문자를 %1자 이상 사용하세요.</translation>
    </message>
    <message>
        <source>Choose at least one event (ALL for every event).</source>
        <translation>이벤트를 하나 이상 선택하세요(모든 이벤트는 ALL).</translation>
    </message>
    <message>
        <source>“%1” is not an event the server knows.</source>
        <translation>“%1”은(는) 서버에서 인식하는 이벤트가 아닙니다.</translation>
    </message>
    <message>
        <source>“%1” is listed twice.</source>
        <translation>“%1”이(가) 두 번 포함되었습니다.</translation>
    </message>
    <message>
        <source>ALL already sends every event; the other events chosen add nothing.</source>
        <translation>ALL은 이미 모든 이벤트를 보냅니다. 선택한 다른 이벤트는 의미가 없습니다.</translation>
    </message>
</context>
<context>
    <name>WhatsappAccountRules</name>
    <message>
        <source>Enter the company&apos;s legal name, exactly as Meta&apos;s Business Manager shows it.</source>
        <translation>Meta 비즈니스 관리자에 표시된 그대로 회사의 법인명을 입력하세요.</translation>
    </message>
    <message>
        <source>The legal name is %1 characters long; at most %2 are allowed.</source>
        <translation>법인명이 %1자입니다. 최대 %2자까지 허용됩니다.</translation>
    </message>
    <message>
        <source>The name starts or ends with a space; Meta compares it exactly.</source>
        <translation>이름이 공백으로 시작하거나 끝납니다. Meta는 이름을 정확히 비교합니다.</translation>
    </message>
    <message>
        <source>Enter the Business Manager ID (Business Settings &gt; Business Info in Meta Business Manager).</source>
        <translation>비즈니스 관리자 ID를 입력하세요(Meta 비즈니스 관리자의 비즈니스 설정 &gt; 비즈니스 정보).</translation>
    </message>
    <message>
        <source>The ID is %1 characters long; at most %2 are allowed.</source>
        <translation>ID가 %1자입니다. 최대 %2자까지 허용됩니다.</translation>
    </message>
    <message>
        <source>Meta&apos;s Business Manager IDs are digits only; check for a typing mistake.</source>
        <translation>Meta 비즈니스 관리자 ID는 숫자로만 구성됩니다. 오타가 있는지 확인하세요.</translation>
    </message>
    <message>
        <source>“%1” is not a business manager the server knows.</source>
        <translation>“%1”은(는) 서버에서 인식하는 비즈니스 관리자가 아닙니다.</translation>
    </message>
</context>
<context>
    <name>WhatsappSolutionRules</name>
    <message>
        <source>Enter the solution&apos;s name, as the partner calls it.</source>
        <translation>파트너가 부르는 이름 그대로 솔루션 이름을 입력하세요.</translation>
    </message>
    <message>
        <source>Paste the access token returned when the partner&apos;s Embedded Signup completed.</source>
        <translation>파트너의 임베디드 가입이 완료될 때 반환된 액세스 토큰을 붙여넣으세요.</translation>
    </message>
    <message>
        <source>Choose the Sinch business manager of the solution.</source>
        <translation>솔루션의 Sinch 비즈니스 관리자를 선택하세요.</translation>
    </message>
    <message>
        <source>“%1” is not a business manager the server accepts for solutions.</source>
        <translation>“%1”은(는) 서버에서 솔루션용으로 허용하는 비즈니스 관리자가 아닙니다.</translation>
    </message>
</context>
<context>
    <name>WhatsappTemplateRules</name>
    <message>
        <source>Give the template a name, e.g. order_update.</source>
        <translation>템플릿 이름을 입력하세요(예: order_update).</translation>
    </message>
    <message>
        <source>Use lower-case letters, digits and underscores, starting and ending with a letter or digit.</source>
        <translation>소문자, 숫자, 밑줄을 사용하고 문자나 숫자로 시작하고 끝나야 합니다.</translation>
    </message>
    <message>
        <source>Names are at most 512 characters.</source>
        <translation>이름은 최대 512자입니다.</translation>
    </message>
    <message>
        <source>Choose the template&apos;s language.</source>
        <translation>템플릿 언어를 선택하세요.</translation>
    </message>
    <message>
        <source>Choose a category: marketing, utility or authentication.</source>
        <translation>카테고리를 선택하세요: 마케팅, 유틸리티 또는 인증.</translation>
    </message>
    <message>
        <source>The template has no details; add at least a body.</source>
        <translation>템플릿에 세부 정보가 없습니다. 최소한 본문을 추가하세요.</translation>
    </message>
    <message>
        <source>For %1 templates the time to live is %2 to %3 seconds.</source>
        <translation>%1 템플릿의 유효 기간(TTL)은 %2~%3초입니다.</translation>
    </message>
    <message>
        <source>Meta&apos;s own minimum is 30 seconds; shorter codes may expire before they arrive.</source>
        <translation>Meta의 최소값은 30초입니다. 더 짧으면 코드가 도착하기 전에 만료될 수 있습니다.</translation>
    </message>
    <message>
        <source>A template has one %1 part; merge or remove this one.</source>
        <translation>템플릿에는 %1 부분이 하나만 있습니다. 이 부분을 병합하거나 삭제하세요.</translation>
    </message>
    <message>
        <source>Add a body: every template has one.</source>
        <translation>본문을 추가하세요. 모든 템플릿에는 본문이 있어야 합니다.</translation>
    </message>
    <message>
        <source>A carousel template has no header of its own: the cards carry the media.</source>
        <translation>캐러셀 템플릿에는 자체 헤더가 없습니다. 미디어는 카드에 들어갑니다.</translation>
    </message>
    <message>
        <source>Write the header text, or choose no header.</source>
        <translation>헤더 텍스트를 작성하거나 헤더 없음을 선택하세요.</translation>
    </message>
    <message>
        <source>Header texts are at most 60 characters; this one has %1.</source>
        <translation>헤더 텍스트는 최대 60자입니다. 현재 %1자입니다.</translation>
    </message>
    <message>
        <source>A text header can have one variable, {{1}}.</source>
        <translation>텍스트 헤더에는 변수 {{1}} 하나만 넣을 수 있습니다.</translation>
    </message>
    <message>
        <source>Give an example for the header&apos;s {{1}}.</source>
        <translation>헤더의 {{1}}에 대한 예시를 입력하세요.</translation>
    </message>
    <message>
        <source>A location header takes no example; the location is sent with each message.</source>
        <translation>위치 헤더에는 예시가 필요 없습니다. 위치는 메시지마다 전송됩니다.</translation>
    </message>
    <message>
        <source>Choose the header&apos;s kind: text, image, video, document or location.</source>
        <translation>헤더 유형을 선택하세요: 텍스트, 이미지, 동영상, 문서 또는 위치.</translation>
    </message>
    <message>
        <source>Authentication bodies have preset wording; this text will not be used.</source>
        <translation>인증 본문은 정해진 문구를 사용합니다. 이 텍스트는 사용되지 않습니다.</translation>
    </message>
    <message>
        <source>Write the message text.</source>
        <translation>메시지 본문을 작성하세요.</translation>
    </message>
    <message>
        <source>Bodies are at most 1024 characters; this one has %1.</source>
        <translation>본문은 최대 1024자입니다. 현재 %1자입니다.</translation>
    </message>
    <message>
        <source>The security recommendation is only for AUTHENTICATION templates.</source>
        <translation>보안 권장 사항은 AUTHENTICATION 템플릿에만 해당됩니다.</translation>
    </message>
    <message>
        <source>A carousel template has no footer.</source>
        <translation>캐러셀 템플릿에는 바닥글이 없습니다.</translation>
    </message>
    <message>
        <source>Footers are at most 60 characters; this one has %1.</source>
        <translation>바닥글은 최대 60자입니다. 현재 %1자입니다.</translation>
    </message>
    <message>
        <source>Footers cannot have variables.</source>
        <translation>바닥글에는 변수를 넣을 수 없습니다.</translation>
    </message>
    <message>
        <source>The code expiry note is only for AUTHENTICATION templates.</source>
        <translation>코드 만료 안내는 AUTHENTICATION 템플릿에만 해당됩니다.</translation>
    </message>
    <message>
        <source>A carousel template has no buttons of its own: each card has its buttons.</source>
        <translation>캐러셀 템플릿에는 자체 버튼이 없습니다. 각 카드에 버튼이 있습니다.</translation>
    </message>
    <message>
        <source>Unknown part &quot;%1&quot;: use HEADER, BODY, FOOTER, BUTTONS or CAROUSEL.</source>
        <translation>알 수 없는 부분 &quot;%1&quot;: HEADER, BODY, FOOTER, BUTTONS 또는 CAROUSEL을 사용하세요.</translation>
    </message>
    <message>
        <source>Authentication templates need a one-time-password button.</source>
        <translation>인증 템플릿에는 일회용 비밀번호 버튼이 필요합니다.</translation>
    </message>
    <message>
        <source>a JPEG or PNG image up to 5 MB</source>
        <translation>5MB 이하의 JPEG 또는 PNG 이미지</translation>
    </message>
    <message>
        <source>an MP4 or 3GP video (H.264 and AAC) up to 16 MB</source>
        <translation>16MB 이하의 MP4 또는 3GP 동영상(H.264 및 AAC)</translation>
    </message>
    <message>
        <source>a PDF document up to 100 MB</source>
        <translation>100MB 이하의 PDF 문서</translation>
    </message>
    <message>
        <source>The sample media must be a full http(s) URL.</source>
        <translation>샘플 미디어는 전체 http(s) URL이어야 합니다.</translation>
    </message>
    <message>
        <source>This file type does not fit a %1 header: use %2.</source>
        <translation>이 파일 형식은 %1 헤더에 맞지 않습니다. %2을(를) 사용하세요.</translation>
    </message>
    <message>
        <source>The file type cannot be told from the URL: make sure it is %1, or set mimeType.</source>
        <translation>URL로 파일 형식을 알 수 없습니다. %1인지 확인하거나 mimeType을 설정하세요.</translation>
    </message>
    <message>
        <source>Variables must be numbered {{1}}, {{2}} ... without gaps: {{%1}} is missing.</source>
        <translation>변수는 {{1}}, {{2}} ... 처럼 빠짐없이 번호를 매겨야 합니다. {{%1}}이(가) 없습니다.</translation>
    </message>
    <message>
        <source>Give one example for each variable: the text has %1, the examples list %2.</source>
        <translation>변수마다 예시를 하나씩 입력하세요. 텍스트의 변수는 %1개, 예시는 %2개입니다.</translation>
    </message>
    <message>
        <source>Example %1 is empty: write a realistic value.</source>
        <translation>예시 %1이(가) 비어 있습니다. 실제와 비슷한 값을 입력하세요.</translation>
    </message>
    <message>
        <source>The text starts with a variable; Meta often rejects that. Start with words.</source>
        <translation>텍스트가 변수로 시작합니다. Meta에서 자주 거부하므로 단어로 시작하세요.</translation>
    </message>
    <message>
        <source>The text ends with a variable; Meta often rejects that. Add text after {{%1}}.</source>
        <translation>텍스트가 변수로 끝납니다. Meta에서 자주 거부하므로 {{%1}} 뒤에 텍스트를 추가하세요.</translation>
    </message>
    <message>
        <source>Two variables stand side by side; put words between them.</source>
        <translation>두 변수가 나란히 있습니다. 변수 사이에 단어를 넣으세요.</translation>
    </message>
    <message>
        <source>Too many variables for the amount of text (%1 variables, %2 words); Meta rejects such templates. Add wording or merge variables.</source>
        <translation>텍스트 분량에 비해 변수가 너무 많습니다(변수 %1개, 단어 %2개). Meta에서 이런 템플릿을 거부합니다. 문구를 추가하거나 변수를 합치세요.</translation>
    </message>
    <message>
        <source>Add at least one button, or remove the buttons part.</source>
        <translation>버튼을 하나 이상 추가하거나 버튼 부분을 삭제하세요.</translation>
    </message>
    <message>
        <source>At most %1 buttons are allowed; remove %2.</source>
        <translation>버튼은 최대 %1개까지 허용됩니다. %2개를 삭제하세요.</translation>
    </message>
    <message>
        <source>Card buttons can only be quick replies, URLs or phone numbers.</source>
        <translation>카드 버튼은 빠른 답장, URL, 전화번호만 가능합니다.</translation>
    </message>
    <message>
        <source>Give the button a label.</source>
        <translation>버튼 이름을 입력하세요.</translation>
    </message>
    <message>
        <source>Button labels are at most 25 characters; this one has %1.</source>
        <translation>버튼 라벨은 최대 25자입니다. 현재 %1자입니다.</translation>
    </message>
    <message>
        <source>Another button (%1) already says &quot;%2&quot;: labels must differ.</source>
        <translation>다른 버튼(%1)이 이미 &quot;%2&quot;입니다. 라벨은 서로 달라야 합니다.</translation>
    </message>
    <message>
        <source>Keep the quick replies together: move this one next to the other quick replies.</source>
        <translation>빠른 답장은 함께 두세요. 이 버튼을 다른 빠른 답장 옆으로 옮기세요.</translation>
    </message>
    <message>
        <source>Enter the web address the button opens.</source>
        <translation>버튼이 열 웹 주소를 입력하세요.</translation>
    </message>
    <message>
        <source>A URL can only have one variable, {{1}}, at its very end.</source>
        <translation>URL에는 맨 끝에 변수 {{1}} 하나만 넣을 수 있습니다.</translation>
    </message>
    <message>
        <source>Enter a full web address starting with https://.</source>
        <translation>https://로 시작하는 전체 웹 주소를 입력하세요.</translation>
    </message>
    <message>
        <source>WhatsApp refuses links to %1: link to your own site.</source>
        <translation>WhatsApp은 %1 링크를 허용하지 않습니다. 자체 사이트로 연결하세요.</translation>
    </message>
    <message>
        <source>Give a full example URL with a value in place of {{1}}.</source>
        <translation>{{1}} 자리에 값을 넣은 전체 예시 URL을 입력하세요.</translation>
    </message>
    <message>
        <source>The example must be the full URL with a value in place of {{1}}.</source>
        <translation>예시는 {{1}} 자리에 값을 넣은 전체 URL이어야 합니다.</translation>
    </message>
    <message>
        <source>Enter the phone number to call.</source>
        <translation>전화할 번호를 입력하세요.</translation>
    </message>
    <message>
        <source>Write the number in international form, e.g. +46701234567.</source>
        <translation>번호를 국제 형식으로 입력하세요(예: +46701234567).</translation>
    </message>
    <message>
        <source>One-time-password buttons belong in AUTHENTICATION templates only.</source>
        <translation>일회용 비밀번호 버튼은 AUTHENTICATION 템플릿에만 사용할 수 있습니다.</translation>
    </message>
    <message>
        <source>Choose copy code, one tap or zero tap.</source>
        <translation>코드 복사, 원탭 또는 제로탭을 선택하세요.</translation>
    </message>
    <message>
        <source>The autofill label is at most 25 characters.</source>
        <translation>자동 입력 라벨은 최대 25자입니다.</translation>
    </message>
    <message>
        <source>packageName and signatureHash on the button are deprecated: move them into supported apps.</source>
        <translation>버튼의 packageName 및 signatureHash는 지원 중단되었습니다. 지원 앱으로 옮기세요.</translation>
    </message>
    <message>
        <source>One-tap and zero-tap codes need your Android app: add its package name and signature hash.</source>
        <translation>원탭 및 제로탭 코드에는 Android 앱이 필요합니다. 앱의 패키지 이름과 서명 해시를 추가하세요.</translation>
    </message>
    <message>
        <source>Each supported app needs a package name and a signature hash.</source>
        <translation>지원되는 앱마다 패키지 이름과 서명 해시가 필요합니다.</translation>
    </message>
    <message>
        <source>Zero-tap codes need you to accept WhatsApp&apos;s zero-tap terms.</source>
        <translation>제로탭 코드를 사용하려면 WhatsApp 제로탭 약관에 동의해야 합니다.</translation>
    </message>
    <message>
        <source>Pick a flow: its ID is 1 to 30 digits.</source>
        <translation>Flow를 선택하세요. ID는 1~30자리 숫자입니다.</translation>
    </message>
    <message>
        <source>Choose the flow action: data exchange or navigate.</source>
        <translation>Flow 작업을 선택하세요: 데이터 교환 또는 이동.</translation>
    </message>
    <message>
        <source>Choose the screen the flow opens on.</source>
        <translation>Flow가 열릴 화면을 선택하세요.</translation>
    </message>
    <message>
        <source>The screen ID is at most 432 characters.</source>
        <translation>화면 ID는 최대 432자입니다.</translation>
    </message>
    <message>
        <source>At most 2 URL buttons are allowed; this has %1.</source>
        <translation>URL 버튼은 최대 2개까지 허용됩니다. 현재 %1개입니다.</translation>
    </message>
    <message>
        <source>At most 1 phone number button is allowed; this has %1.</source>
        <translation>전화번호 버튼은 최대 1개까지 허용됩니다. 현재 %1개입니다.</translation>
    </message>
    <message>
        <source>Authentication templates have exactly one one-time-password button.</source>
        <translation>인증 템플릿에는 일회용 비밀번호 버튼이 정확히 하나 있어야 합니다.</translation>
    </message>
    <message>
        <source>A carousel needs at least one card.</source>
        <translation>캐러셀에는 카드가 하나 이상 필요합니다.</translation>
    </message>
    <message>
        <source>A carousel with one card shows no carousel; add a second card.</source>
        <translation>카드가 하나뿐인 캐러셀은 캐러셀로 표시되지 않습니다. 두 번째 카드를 추가하세요.</translation>
    </message>
    <message>
        <source>At most 10 cards are allowed; remove %1.</source>
        <translation>카드는 최대 10개까지 허용됩니다. %1개를 삭제하세요.</translation>
    </message>
    <message>
        <source>Carousels are meant for MARKETING templates; Meta may change or reject the category.</source>
        <translation>캐러셀은 MARKETING 템플릿용입니다. Meta에서 카테고리를 변경하거나 거부할 수 있습니다.</translation>
    </message>
    <message>
        <source>A card has one %1; remove this one.</source>
        <translation>카드에는 %1이(가) 하나만 있습니다. 이 항목을 삭제하세요.</translation>
    </message>
    <message>
        <source>Card headers are an image or a video.</source>
        <translation>카드 헤더는 이미지 또는 동영상입니다.</translation>
    </message>
    <message>
        <source>Card texts are at most 160 characters; this one has %1.</source>
        <translation>카드 텍스트는 최대 160자입니다. 현재 %1자입니다.</translation>
    </message>
    <message>
        <source>Write the card&apos;s text.</source>
        <translation>카드 텍스트를 작성하세요.</translation>
    </message>
    <message>
        <source>Cards hold a media header, a text and buttons only.</source>
        <translation>카드에는 미디어 헤더, 텍스트, 버튼만 넣을 수 있습니다.</translation>
    </message>
    <message>
        <source>Card %1 needs an image or video header.</source>
        <translation>카드 %1에 이미지 또는 동영상 헤더가 필요합니다.</translation>
    </message>
    <message>
        <source>Card %1 needs a text.</source>
        <translation>카드 %1에 텍스트가 필요합니다.</translation>
    </message>
    <message>
        <source>Card %1 needs one or two buttons.</source>
        <translation>카드 %1에 버튼이 한두 개 필요합니다.</translation>
    </message>
    <message>
        <source>Card %1 differs from card 1: all cards need the same parts, header format and button kinds in the same order.</source>
        <translation>카드 %1이(가) 카드 1과 다릅니다. 모든 카드는 같은 구성, 헤더 형식, 버튼 유형을 같은 순서로 가져야 합니다.</translation>
    </message>
    <message>
        <source>A template on the server keeps its name: set it back to &quot;%1&quot;, or export the template and import it into a new one to use the name &quot;%2&quot;.</source>
        <translation>서버에 있는 템플릿은 이름을 유지합니다. &quot;%1&quot;(으)로 되돌리거나, 템플릿을 내보낸 후 새 템플릿으로 가져와서 &quot;%2&quot; 이름을 사용하세요.</translation>
    </message>
    <message>
        <source>A template on the server keeps its language: set it back to %1, or add %2 as a new language of the template.</source>
        <translation>서버에 있는 템플릿은 언어를 유지합니다. %1(으)로 되돌리거나 %2을(를) 템플릿의 새 언어로 추가하세요.</translation>
    </message>
    <message>
        <source>its changes were rejected for %1, not for the category</source>
        <translation>변경 사항이 카테고리가 아닌 %1 때문에 거부되었습니다</translation>
    </message>
    <message>
        <source>it has been reviewed (%1)</source>
        <translation>검토가 완료되었습니다(%1)</translation>
    </message>
    <message>
        <source>The category cannot change from %1 to %2 because %3: set it back to %1, or create a new template with the category %2. It can change only in a draft or after a rejection for the wrong category (INCORRECT_CATEGORY).</source>
        <translation>%3 때문에 카테고리를 %1에서 %2(으)로 변경할 수 없습니다. %1(으)로 되돌리거나 카테고리가 %2인 새 템플릿을 만드세요. 카테고리는 임시 저장 상태이거나 잘못된 카테고리(INCORRECT_CATEGORY)로 거부된 후에만 변경할 수 있습니다.</translation>
    </message>
    <message>
        <source>The project already has a template &quot;%1&quot; in %2: choose another name, or open that template to edit it.</source>
        <translation>프로젝트에 이미 %2 언어의 &quot;%1&quot; 템플릿이 있습니다. 다른 이름을 선택하거나 해당 템플릿을 열어 수정하세요.</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; was deleted on %2 and cannot be reused before %3: choose another name, or wait until then.</source>
        <translation>&quot;%1&quot; 이름은 %2에 삭제되었으며 %3 전에는 다시 사용할 수 없습니다. 다른 이름을 선택하거나 그때까지 기다리세요.</translation>
    </message>
    <message>
        <source>Codes expire after %1 to %2 minutes.</source>
        <translation>코드는 %1~%2분 후에 만료됩니다.</translation>
    </message>
    <message>
        <source>Add a sample URL for the header (%1): reviewers need to see the media.</source>
        <translation>헤더(%1)의 샘플 URL을 추가하세요. 검토자가 미디어를 확인해야 합니다.</translation>
    </message>
</context>
<context>
    <name>WhatsappTemplateView</name>
    <message>
        <source>Approved</source>
        <translation>승인됨</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>사용 중지됨</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>일시 중지됨</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>반려됨</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>임시 저장</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>검수 중</translation>
    </message>
    <message>
        <source>%1 · draft changes</source>
        <translation>%1 · 변경 사항 임시 저장</translation>
    </message>
    <message>
        <source>%1 · changes in review</source>
        <translation>%1 · 변경 사항 검수 중</translation>
    </message>
    <message>
        <source>%1 · changes rejected</source>
        <translation>%1 · 변경 사항 반려됨</translation>
    </message>
    <message>
        <source>%1 · changes %2</source>
        <translation>%1 · 변경 사항 %2</translation>
    </message>
    <message>
        <source>High</source>
        <translation>높음</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>보통</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>낮음</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source>Changes rejected</source>
        <translation>변경 사항 반려됨</translation>
    </message>
    <message>
        <source>Rejected (never approved)</source>
        <translation>반려됨 (승인된 적 없음)</translation>
    </message>
</context>
<context>
    <name>WhatsappWords</name>
    <message>
        <source>Onboarded: ready to add senders and templates</source>
        <translation>온보딩 완료: 발신자와 템플릿을 추가할 수 있습니다</translation>
    </message>
    <message>
        <source>Waiting for Meta&apos;s verification of the business</source>
        <translation>Meta의 비즈니스 인증 대기 중</translation>
    </message>
    <message>
        <source>Rejected: correct the details and save them again</source>
        <translation>거부됨: 세부 정보를 수정하고 다시 저장하세요</translation>
    </message>
    <message>
        <source>Being created</source>
        <translation>생성 중</translation>
    </message>
    <message>
        <source>Draft, not sent to review</source>
        <translation>임시 저장, 검토 요청 전</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>검수 중</translation>
    </message>
    <message>
        <source>Waiting for Meta&apos;s verification</source>
        <translation>Meta 인증 대기 중</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>반려됨</translation>
    </message>
    <message>
        <source>Sinch America</source>
        <translation>Sinch America</translation>
    </message>
    <message>
        <source>Sinch Brazil</source>
        <translation>Sinch Brazil</translation>
    </message>
    <message>
        <source>Sinch Mexico</source>
        <translation>Sinch Mexico</translation>
    </message>
    <message>
        <source>Sinch SEP</source>
        <translation>Sinch SEP</translation>
    </message>
    <message>
        <source>Sinch UK</source>
        <translation>Sinch UK</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>설정 안 됨</translation>
    </message>
    <message>
        <source>Banned by Meta</source>
        <translation>Meta에서 차단됨</translation>
    </message>
    <message>
        <source>Scheduled to be banned</source>
        <translation>차단 예정</translation>
    </message>
    <message>
        <source>Reinstated after a ban</source>
        <translation>차단 후 복원됨</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>게시됨</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>임시 저장</translation>
    </message>
    <message>
        <source>Deprecated</source>
        <translation>지원 중단됨</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Print the version and exit.</source>
        <translation>버전을 출력하고 종료합니다.</translation>
    </message>
    <message>
        <source>Start the built-in sandbox and open it as a project.</source>
        <translation>내장 샌드박스를 시작하고 프로젝트로 엽니다.</translation>
    </message>
    <message>
        <source>Faults the sandbox injects, e.g. latency=200,503=0.1.</source>
        <translation>샌드박스가 주입할 오류(예: latency=200,503=0.1).</translation>
    </message>
    <message>
        <source>Seconds the sandbox takes to review a submission.</source>
        <translation>샌드박스가 제출을 검토하는 데 걸리는 시간(초).</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>샌드박스</translation>
    </message>
    <message>
        <source>Sinch Provisioning Console: manage projects, WhatsApp, KakaoTalk and RCS senders, templates and webhooks.

Subcommands:
  serve-sandbox [options]  run only the built-in emulator of the API (see serve-sandbox --help)
  lint FILE... [--json] [--channel whatsapp|kakaotalk]
                           validate WhatsApp and KakaoTalk template JSON files (exit 1 on errors)
  preview FILE -o OUT.png [--dark] [--raw-variables] [--scale N] [--channel whatsapp|kakaotalk]
          [--example NAME=VALUE]... [--channel-name NAME]
                           draw a WhatsApp or KakaoTalk (AlimTalk) template as the phone shows it
  export --project ID --out DIR
                           write every resource of a project as JSON files (see export --help)
  import --project ID DIR [--dry-run] [--as-drafts]
                           recreate an export&apos;s templates and webhooks in another project
  catalogue --project ID -o FILE.pdf [--state S] [--category C] [--language L] [--dark]
                           print a project&apos;s WhatsApp templates as previews on a PDF contact sheet</source>
        <translation>Sinch Provisioning Console: 프로젝트, WhatsApp·KakaoTalk·RCS 발신자, 템플릿, 웹훅을 관리합니다.

하위 명령:
  serve-sandbox [options]  내장 API 에뮬레이터만 실행합니다(serve-sandbox --help 참고)
  lint FILE... [--json] [--channel whatsapp|kakaotalk]
                           WhatsApp 및 KakaoTalk 템플릿 JSON 파일을 검사합니다(오류 시 종료 코드 1)
  preview FILE -o OUT.png [--dark] [--raw-variables] [--scale N] [--channel whatsapp|kakaotalk]
          [--example NAME=VALUE]... [--channel-name NAME]
                           WhatsApp 또는 KakaoTalk(알림톡) 템플릿을 휴대폰 화면처럼 그립니다
  export --project ID --out DIR
                           프로젝트의 모든 리소스를 JSON 파일로 저장합니다(export --help 참고)
  import --project ID DIR [--dry-run] [--as-drafts]
                           내보낸 템플릿과 웹훅을 다른 프로젝트에 다시 만듭니다
  catalogue --project ID -o FILE.pdf [--state S] [--category C] [--language L] [--dark]
                           프로젝트의 WhatsApp 템플릿 미리보기를 PDF 목록으로 출력합니다</translation>
    </message>
</context>
<context>
    <name>sinch::ActivityFeedModel</name>
    <message>
        <source>Created</source>
        <translation>생성됨</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>작성자</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>댓글</translation>
    </message>
</context>
<context>
    <name>sinch::ActivityStore</name>
    <message>
        <source>The inbox database was damaged. It was moved aside to %1 and a new one was started; the activities will be read again from the server at the next sync.</source>
        <translation>받은편지함 데이터베이스가 손상되었습니다. %1(으)로 옮기고 새 데이터베이스를 시작했습니다. 다음 동기화 때 서버에서 활동을 다시 읽어 옵니다.</translation>
    </message>
    <message>
        <source>The inbox database %1 is damaged and could not be moved aside. Close the console, remove the file and start again.</source>
        <translation>받은편지함 데이터베이스 %1이(가) 손상되어 옮길 수 없습니다. 콘솔을 닫고 파일을 삭제한 후 다시 시작하세요.</translation>
    </message>
    <message>
        <source>Another Sinch console is using the inbox database, so this window shows it read only and does not sync. Close the other console and reopen the inbox to sync here.</source>
        <translation>다른 Sinch 콘솔이 받은편지함 데이터베이스를 사용 중이므로 이 창에서는 읽기 전용으로 표시되며 동기화되지 않습니다. 다른 콘솔을 닫고 받은편지함을 다시 열면 여기서 동기화됩니다.</translation>
    </message>
    <message>
        <source>The inbox database %1 could not be opened (%2). The inbox works without it until the file can be written; check the folder&apos;s permissions and free space.</source>
        <translation>받은편지함 데이터베이스 %1을(를) 열 수 없습니다(%2). 파일에 쓸 수 있을 때까지 받은편지함은 데이터베이스 없이 작동합니다. 폴더 권한과 여유 공간을 확인하세요.</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>알 수 없는 오류</translation>
    </message>
</context>
<context>
    <name>sinch::ApiClient</name>
    <message>
        <source>Unknown operation &quot;%1&quot;.</source>
        <translation>알 수 없는 작업 &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>No project is selected, or its key could not be read.</source>
        <translation>선택된 프로젝트가 없거나 프로젝트 키를 읽을 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>sinch::ApiJob</name>
    <message>
        <source>The project is no longer configured.</source>
        <translation>프로젝트가 더 이상 구성되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>The request lacks the path parameter &quot;%1&quot;.</source>
        <translation>요청에 경로 매개변수 &quot;%1&quot;이(가) 없습니다.</translation>
    </message>
    <message>
        <source>the JSON is broken at byte %1: %2</source>
        <translation>JSON이 %1바이트에서 손상됨: %2</translation>
    </message>
    <message numerus="yes">
        <source>no data for %n second(s)</source>
        <translation>
            <numerusform>%n초 동안 데이터 없음</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>an answer larger than %n MB, which the console does not read</source>
        <translation>
            <numerusform>%n MB보다 큰 응답(콘솔이 읽지 않음)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sinch::AreaCatalog</name>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>KakaoTalk</source>
        <translation>KakaoTalk</translation>
    </message>
    <message>
        <source>RCS</source>
        <translation>RCS</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>개요</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>계정</translation>
    </message>
    <message>
        <source>Senders</source>
        <translation>발신자</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>전화번호</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>표시 이름</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>품질</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>지역</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>수정일</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>senders</source>
        <translation>발신자</translation>
    </message>
    <message>
        <source>No WhatsApp senders in this project yet. Register a phone number as a sender to start sending.</source>
        <translation>이 프로젝트에는 아직 WhatsApp 발신자가 없습니다. 전화번호를 발신자로 등록하면 발송을 시작할 수 있습니다.</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>템플릿</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>카테고리</translation>
    </message>
    <message>
        <source>Pending changes</source>
        <translation>대기 중인 변경 사항</translation>
    </message>
    <message>
        <source>templates</source>
        <translation>템플릿</translation>
    </message>
    <message>
        <source>Flows</source>
        <translation>Flows</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>flows</source>
        <translation>Flows</translation>
    </message>
    <message>
        <source>No WhatsApp Flows in this account. Flows are built in WhatsApp Manager and appear here once published.</source>
        <translation>이 계정에는 WhatsApp Flows가 없습니다. Flows는 WhatsApp 관리자에서 만들며 게시되면 여기에 표시됩니다.</translation>
    </message>
    <message>
        <source>Solutions</source>
        <translation>솔루션</translation>
    </message>
    <message>
        <source>Partner app</source>
        <translation>파트너 앱</translation>
    </message>
    <message>
        <source>Owner app</source>
        <translation>소유자 앱</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>할당됨</translation>
    </message>
    <message>
        <source>solutions</source>
        <translation>솔루션</translation>
    </message>
    <message>
        <source>No multi-partner solutions. A solution appears here once a partner shares it with this project.</source>
        <translation>멀티 파트너 솔루션이 없습니다. 파트너가 이 프로젝트와 솔루션을 공유하면 여기에 표시됩니다.</translation>
    </message>
    <message>
        <source>Plus friend ID</source>
        <translation>플러스친구 ID</translation>
    </message>
    <message>
        <source>No KakaoTalk senders yet. Register a KakaoTalk channel (plus friend ID) as a sender to start.</source>
        <translation>아직 KakaoTalk 발신자가 없습니다. 카카오톡 채널(플러스친구 ID)을 발신자로 등록하여 시작하세요.</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>카테고리</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>코드</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>깊이</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>상위 항목</translation>
    </message>
    <message>
        <source>categories</source>
        <translation>카테고리</translation>
    </message>
    <message>
        <source>The server listed no sender categories. Refresh (F5) to ask again.</source>
        <translation>서버에서 발신자 카테고리를 반환하지 않았습니다. 새로 고침(F5)하여 다시 요청하세요.</translation>
    </message>
    <message>
        <source>Account activity</source>
        <translation>계정 활동</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>생성됨</translation>
    </message>
    <message>
        <source>activities</source>
        <translation>활동</translation>
    </message>
    <message>
        <source>No RCS account activity yet. Comments and review events appear here.</source>
        <translation>아직 RCS 계정 활동이 없습니다. 댓글과 검토 이벤트가 여기에 표시됩니다.</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>브랜드</translation>
    </message>
    <message>
        <source>Use case</source>
        <translation>사용 사례</translation>
    </message>
    <message>
        <source>No RCS senders yet. Create an RCS agent, fill its launch questionnaire and launch it per country.</source>
        <translation>아직 RCS 발신자가 없습니다. RCS 에이전트를 만들고 출시 설문을 작성한 다음 국가별로 출시하세요.</translation>
    </message>
    <message>
        <source>Upscales</source>
        <translation>업스케일</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>국가</translation>
    </message>
    <message>
        <source>RCS sender</source>
        <translation>RCS 발신자</translation>
    </message>
    <message>
        <source>upscales</source>
        <translation>업스케일</translation>
    </message>
    <message>
        <source>No upscales. An upscale sends RCS to users of an SMS number once its sender is launched.</source>
        <translation>업스케일이 없습니다. 업스케일은 발신자가 출시되면 SMS 번호의 사용자에게 RCS를 보냅니다.</translation>
    </message>
    <message>
        <source>Upscale senders</source>
        <translation>업스케일 발신자</translation>
    </message>
    <message>
        <source>Upscaled</source>
        <translation>업스케일됨</translation>
    </message>
    <message>
        <source>No senders can be upscaled yet. Launched RCS senders appear here.</source>
        <translation>아직 업스케일할 수 있는 발신자가 없습니다. 출시된 RCS 발신자가 여기에 표시됩니다.</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation>웹훅</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>대상</translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation>트리거</translation>
    </message>
    <message>
        <source>webhooks</source>
        <translation>웹훅</translation>
    </message>
    <message>
        <source>No webhooks yet. Add one to get callbacks when templates and senders change state.</source>
        <translation>아직 웹훅이 없습니다. 템플릿과 발신자의 상태가 바뀔 때 콜백을 받으려면 웹훅을 추가하세요.</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>받은편지함</translation>
    </message>
    <message>
        <source>This project has no WhatsApp account yet.
Create one with the company&apos;s legal name and its Meta Business Manager ID; Meta then reviews the business, which can take a few days.</source>
        <translation>이 프로젝트에는 아직 WhatsApp 계정이 없습니다.
회사의 법인명과 Meta 비즈니스 관리자 ID로 계정을 만드세요. 이후 Meta에서 비즈니스를 검토하며 며칠이 걸릴 수 있습니다.</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>모든 상태</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>변경 사항</translation>
    </message>
    <message>
        <source>Any changes</source>
        <translation>모든 변경 사항</translation>
    </message>
    <message>
        <source>No templates yet. Create one (Ctrl+N)</source>
        <translation>아직 템플릿이 없습니다. 새로 만드세요(Ctrl+N)</translation>
    </message>
    <message>
        <source>Admin phone</source>
        <translation>관리자 전화번호</translation>
    </message>
    <message>
        <source>Message type</source>
        <translation>메시지 유형</translation>
    </message>
    <message>
        <source>This sender has no AlimTalk templates yet. Create one (Ctrl+N): write the message with #{variables}, save it as a draft, then submit it for Kakao&apos;s review.</source>
        <translation>이 발신자에는 아직 알림톡 템플릿이 없습니다. 새로 만드세요(Ctrl+N). #{변수}를 사용해 메시지를 작성하고 임시 저장한 다음 카카오 검수를 요청하세요.</translation>
    </message>
    <message>
        <source>Bundles</source>
        <translation>번들</translation>
    </message>
    <message>
        <source>Conversation API</source>
        <translation>Conversation API</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>채널</translation>
    </message>
    <message>
        <source>%1 account</source>
        <translation>%1 계정</translation>
    </message>
</context>
<context>
    <name>sinch::BulkClonePlan</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · %2 → %3</source>
        <translation>%1 · %2 → %3</translation>
    </message>
    <message>
        <source>it is the template itself</source>
        <translation>템플릿 자신입니다</translation>
    </message>
    <message>
        <source>%1 is already cloned into %2 from %3</source>
        <translation>%1은(는) 이미 %3에서 %2(으)로 복제되었습니다</translation>
    </message>
</context>
<context>
    <name>sinch::BulkJob</name>
    <message>
        <source>Cancelled while waiting to send it again: the server had refused it with 429 (too many requests), so nothing was changed.</source>
        <translation>재전송 대기 중 취소됨: 서버가 429(요청이 너무 많음)로 거부했으므로 변경된 내용은 없습니다.</translation>
    </message>
    <message>
        <source>Cancelled before it was sent.</source>
        <translation>전송 전에 취소되었습니다.</translation>
    </message>
    <message>
        <source>Sending again (attempt %1)…</source>
        <translation>다시 보내는 중(%1번째 시도)…</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>보내는 중…</translation>
    </message>
    <message>
        <source>Refused with 429 (too many requests) and not sent again because the job was cancelled: nothing was changed.</source>
        <translation>429(요청이 너무 많음)로 거부되었고 작업이 취소되어 다시 보내지 않았습니다. 변경된 내용은 없습니다.</translation>
    </message>
    <message>
        <source>Still refused with 429 (too many requests) after %1 attempts: nothing was changed. Run it again later.</source>
        <translation>%1회 시도 후에도 429(요청이 너무 많음)로 거부되었습니다. 변경된 내용은 없습니다. 나중에 다시 실행하세요.</translation>
    </message>
    <message>
        <source>Refused with 429 (too many requests): waiting %1 s to send it again.</source>
        <translation>429(요청이 너무 많음)로 거부됨: %1초 후 다시 보냅니다.</translation>
    </message>
    <message>
        <source>The answer was lost (%1): it may have been done. Check the target before running it again.</source>
        <translation>응답을 받지 못했습니다(%1). 작업이 완료되었을 수 있습니다. 다시 실행하기 전에 대상을 확인하세요.</translation>
    </message>
    <message>
        <source>The server asked to slow down: waiting %1 s.</source>
        <translation>서버가 속도를 줄이라고 요청했습니다: %1초 대기 중.</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>실행 중</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>완료되지 않음</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source>done %1</source>
        <translation>완료 %1</translation>
    </message>
    <message>
        <source>failed %1</source>
        <translation>실패 %1</translation>
    </message>
    <message>
        <source>not done %1</source>
        <translation>미완료 %1</translation>
    </message>
    <message>
        <source>unknown %1</source>
        <translation>알 수 없음 %1</translation>
    </message>
    <message>
        <source>to do %1</source>
        <translation>할 일 %1</translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation>%1/%2: %3</translation>
    </message>
    <message>
        <source>cancelled %1</source>
        <translation>취소됨 %1</translation>
    </message>
    <message>
        <source>finished %1</source>
        <translation>종료됨 %1</translation>
    </message>
    <message>
        <source>still running</source>
        <translation>아직 실행 중</translation>
    </message>
    <message>
        <source>Started %1, %2.</source>
        <translation>%1에 시작, %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) sent again after the server answered 429 (too many requests, not processed).</source>
        <translation>
            <numerusform>서버가 429(요청이 너무 많음, 처리되지 않음)로 응답하여 요청 %n개를 다시 보냈습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2):</source>
        <translation>%1(%2):</translation>
    </message>
</context>
<context>
    <name>sinch::CredentialStore</name>
    <message>
        <source>Enter the key secret: an empty secret is not stored.</source>
        <translation>키 시크릿을 입력하세요. 빈 시크릿은 저장되지 않습니다.</translation>
    </message>
    <message>
        <source>No key secret is stored for this project. Enter it in the project&apos;s settings.</source>
        <translation>이 프로젝트에 저장된 키 시크릿이 없습니다. 프로젝트 설정에서 입력하세요.</translation>
    </message>
    <message>
        <source>The keychain could not store the key secret (%1). Try again, or check the keychain application.</source>
        <translation>키체인에 키 시크릿을 저장할 수 없습니다(%1). 다시 시도하거나 키체인 애플리케이션을 확인하세요.</translation>
    </message>
    <message>
        <source>Access to the keychain was declined, so the key secret is kept only until the console closes. Allow the console to use the keychain to keep it between sessions.</source>
        <translation>키체인 접근이 거부되어 키 시크릿은 콘솔을 닫을 때까지만 유지됩니다. 세션 간에 유지하려면 콘솔이 키체인을 사용하도록 허용하세요.</translation>
    </message>
    <message>
        <source>Access to the keychain was declined, so the key secret could not be read. Allow the console to use the keychain, or enter the key secret again.</source>
        <translation>키체인 접근이 거부되어 키 시크릿을 읽을 수 없습니다. 콘솔이 키체인을 사용하도록 허용하거나 키 시크릿을 다시 입력하세요.</translation>
    </message>
    <message>
        <source>Access to the keychain was declined, so the key secret stored there was not removed.</source>
        <translation>키체인 접근이 거부되어 저장된 키 시크릿을 삭제하지 못했습니다.</translation>
    </message>
    <message>
        <source>The keychain could not read the key secret (%1). Try again, or enter the key secret again.</source>
        <translation>키체인에서 키 시크릿을 읽을 수 없습니다(%1). 다시 시도하거나 키 시크릿을 다시 입력하세요.</translation>
    </message>
    <message>
        <source>The keychain could not remove the key secret (%1). Remove the entry &quot;%2&quot; of &quot;%3&quot; in the keychain application.</source>
        <translation>키체인에서 키 시크릿을 삭제할 수 없습니다(%1). 키체인 애플리케이션에서 &quot;%3&quot;의 &quot;%2&quot; 항목을 삭제하세요.</translation>
    </message>
    <message>
        <source>The key secret is kept only until the console closes, because no keychain is available. Install and unlock GNOME Keyring or KWallet, then enter the secret again to keep it between sessions.</source>
        <translation>사용 가능한 키체인이 없어 키 시크릿은 콘솔을 닫을 때까지만 유지됩니다. GNOME Keyring 또는 KWallet을 설치하고 잠금 해제한 후 시크릿을 다시 입력하면 세션 간에 유지됩니다.</translation>
    </message>
    <message>
        <source>The key secret cannot be read because no keychain is available. Enter the key secret again; it is kept until the console closes.</source>
        <translation>사용 가능한 키체인이 없어 키 시크릿을 읽을 수 없습니다. 키 시크릿을 다시 입력하세요. 콘솔을 닫을 때까지 유지됩니다.</translation>
    </message>
    <message>
        <source>The key secret was removed from memory. No keychain is available, so a secret stored there in an earlier session could not be removed.</source>
        <translation>키 시크릿을 메모리에서 삭제했습니다. 사용 가능한 키체인이 없어 이전 세션에서 저장된 시크릿은 삭제하지 못했습니다.</translation>
    </message>
    <message>
        <source>No keychain is available (%1). Key secrets are kept only until the console closes; install and unlock GNOME Keyring or KWallet to keep them between sessions.</source>
        <translation>사용 가능한 키체인이 없습니다(%1). 키 시크릿은 콘솔을 닫을 때까지만 유지됩니다. 세션 간에 유지하려면 GNOME Keyring 또는 KWallet을 설치하고 잠금 해제하세요.</translation>
    </message>
</context>
<context>
    <name>sinch::ImportApplier</name>
    <message>
        <source>Not connected to the project.</source>
        <translation>프로젝트에 연결되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>Local drafts need a project added to the console (its drafts belong to it).</source>
        <translation>로컬 임시 저장본을 사용하려면 콘솔에 프로젝트를 추가해야 합니다(임시 저장본은 프로젝트에 속합니다).</translation>
    </message>
</context>
<context>
    <name>sinch::ImportItem</name>
    <message>
        <source>WhatsApp template</source>
        <translation>WhatsApp 템플릿</translation>
    </message>
    <message>
        <source>KakaoTalk template</source>
        <translation>KakaoTalk 템플릿</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>웹훅</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>생성</translation>
    </message>
    <message>
        <source>Identical, skip</source>
        <translation>동일, 건너뛰기</translation>
    </message>
    <message>
        <source>Differs</source>
        <translation>다름</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>가져올 수 없음</translation>
    </message>
    <message>
        <source>The target project has no KakaoTalk sender %1: register it there first, then plan again.</source>
        <translation>대상 프로젝트에 KakaoTalk 발신자 %1이(가) 없습니다. 먼저 그곳에 등록한 후 다시 계획하세요.</translation>
    </message>
</context>
<context>
    <name>sinch::ImportPlanner</name>
    <message>
        <source>WhatsApp templates</source>
        <translation>WhatsApp 템플릿</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation>웹훅</translation>
    </message>
    <message>
        <source>KakaoTalk senders</source>
        <translation>KakaoTalk 발신자</translation>
    </message>
    <message>
        <source>KakaoTalk templates of %1</source>
        <translation>%1의 KakaoTalk 템플릿</translation>
    </message>
    <message>
        <source>Cancelled before the plan was complete.</source>
        <translation>계획이 완료되기 전에 취소되었습니다.</translation>
    </message>
</context>
<context>
    <name>sinch::InboxModel</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — %2 by %3</source>
        <translation>%1 — %2 · %3</translation>
    </message>
</context>
<context>
    <name>sinch::InboxSync</name>
    <message>
        <source>WhatsApp account</source>
        <translation>WhatsApp 계정</translation>
    </message>
    <message>
        <source>RCS account</source>
        <translation>RCS 계정</translation>
    </message>
</context>
<context>
    <name>sinch::NotificationPolicy</name>
    <message numerus="yes">
        <source>%n review outcome(s)</source>
        <translation>
            <numerusform>검토 결과 %n건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new comment(s)</source>
        <translation>
            <numerusform>새 댓글 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Review outcome: %1</source>
        <translation>검토 결과: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>sinch::Project</name>
    <message>
        <source>Enter a display name for the project.</source>
        <translation>프로젝트 표시 이름을 입력하세요.</translation>
    </message>
    <message>
        <source>Enter the project ID. The Sinch Customer Dashboard shows it beside the project&apos;s name.</source>
        <translation>프로젝트 ID를 입력하세요. Sinch Customer Dashboard의 프로젝트 이름 옆에 표시됩니다.</translation>
    </message>
    <message>
        <source>Remove the spaces or line breaks from the project ID.</source>
        <translation>프로젝트 ID에서 공백이나 줄바꿈을 삭제하세요.</translation>
    </message>
    <message>
        <source>Enter the key ID. The Sinch Customer Dashboard lists it under Access Keys.</source>
        <translation>키 ID를 입력하세요. Sinch Customer Dashboard의 Access Keys 아래에 표시됩니다.</translation>
    </message>
    <message>
        <source>Remove the spaces or line breaks from the key ID.</source>
        <translation>키 ID에서 공백이나 줄바꿈을 삭제하세요.</translation>
    </message>
    <message>
        <source>Enter a base URL that starts with https:// and names a host, for example %1.</source>
        <translation>https://로 시작하고 호스트를 포함한 기본 URL을 입력하세요(예: %1).</translation>
    </message>
    <message>
        <source>Remove the user name and password from the base URL: the key ID and key secret have their own fields.</source>
        <translation>기본 URL에서 사용자 이름과 비밀번호를 삭제하세요. 키 ID와 키 시크릿은 별도 필드에 입력합니다.</translation>
    </message>
    <message>
        <source>Use https in the base URL: plain http is allowed only for the local sandbox (127.0.0.1, localhost or ::1), not for %1.</source>
        <translation>기본 URL에 https를 사용하세요. 일반 http는 로컬 샌드박스(127.0.0.1, localhost, ::1)에만 허용되며 %1에는 사용할 수 없습니다.</translation>
    </message>
    <message>
        <source>Enter a token URL that starts with https:// and names a host, for example %1.</source>
        <translation>https://로 시작하고 호스트를 포함한 토큰 URL을 입력하세요(예: %1).</translation>
    </message>
    <message>
        <source>Remove the user name and password from the token URL: the key ID and key secret have their own fields.</source>
        <translation>토큰 URL에서 사용자 이름과 비밀번호를 삭제하세요. 키 ID와 키 시크릿은 별도 필드에 입력합니다.</translation>
    </message>
    <message>
        <source>Use https in the token URL: plain http is allowed only for the local sandbox (127.0.0.1, localhost or ::1), not for %1.</source>
        <translation>토큰 URL에 https를 사용하세요. 일반 http는 로컬 샌드박스(127.0.0.1, localhost, ::1)에만 허용되며 %1에는 사용할 수 없습니다.</translation>
    </message>
    <message>
        <source>The project ID &quot;%1&quot; does not look like a UUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx). Check that you copied the project ID, not the project&apos;s name.</source>
        <translation>프로젝트 ID &quot;%1&quot;이(가) UUID(xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx) 형식이 아닙니다. 프로젝트 이름이 아니라 프로젝트 ID를 복사했는지 확인하세요.</translation>
    </message>
    <message>
        <source>The key ID &quot;%1&quot; does not look like a UUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx). Check that you copied the key ID, not the key secret.</source>
        <translation>키 ID &quot;%1&quot;이(가) UUID(xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx) 형식이 아닙니다. 키 시크릿이 아니라 키 ID를 복사했는지 확인하세요.</translation>
    </message>
    <message>
        <source>Use https in the Conversation API URL: plain http is allowed only for the local sandbox, not for %1.</source>
        <translation>Conversation API URL에 https를 사용하세요. 일반 http는 로컬 샌드박스에만 허용되며 %1에는 사용할 수 없습니다.</translation>
    </message>
    <message>
        <source>Choose the Conversation API region (EU or US), or enter a URL that starts with https:// and names a host.</source>
        <translation>Conversation API 리전(EU 또는 US)을 선택하거나 https://로 시작하고 호스트를 포함한 URL을 입력하세요.</translation>
    </message>
</context>
<context>
    <name>sinch::ProjectExporter</name>
    <message>
        <source>The folder holds the export of project %1: export %2 into another folder.</source>
        <translation>이 폴더에는 프로젝트 %1의 내보내기가 있습니다. %2은(는) 다른 폴더로 내보내세요.</translation>
    </message>
    <message>
        <source>The folder cannot be created.</source>
        <translation>폴더를 만들 수 없습니다.</translation>
    </message>
    <message>
        <source>Activities of %1</source>
        <translation>%1의 활동</translation>
    </message>
</context>
<context>
    <name>sinch::RequestLogModel</name>
    <message>
        <source>%1 ms</source>
        <translation>%1ms</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>프로젝트</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>작업</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>메서드</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>소요 시간</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>시도</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>요청 ID</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>오류</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Operation: %1</source>
        <translation>작업: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>상태: %1</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>응답 없음</translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation>요청 ID: %1</translation>
    </message>
    <message>
        <source>Attempt: %1, %2 ms</source>
        <translation>시도: %1, %2ms</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>오류: %1</translation>
    </message>
    <message>
        <source>Request body:</source>
        <translation>요청 본문:</translation>
    </message>
    <message>
        <source>Response body:</source>
        <translation>응답 본문:</translation>
    </message>
    <message>
        <source>Bodies are kept for failed requests (for all with the logging rule sinch.api.debug=true).</source>
        <translation>본문은 실패한 요청에 대해서만 보관됩니다(로그 규칙 sinch.api.debug=true이면 모두 보관).</translation>
    </message>
    <message>
        <source>%1, incomplete</source>
        <translation>%1, 불완전</translation>
    </message>
    <message>
        <source>%1 (its headers came; the answer did not, whole)</source>
        <translation>%1 (헤더는 왔지만 응답이 완전히 오지 않음)</translation>
    </message>
</context>
<context>
    <name>sinch::SenderNextStep</name>
    <message>
        <source>The sender is in a state this console does not know (%1): see its activity for what happened.</source>
        <translation>발신자가 이 콘솔에서 알 수 없는 상태(%1)입니다. 활동 기록에서 무슨 일이 있었는지 확인하세요.</translation>
    </message>
    <message>
        <source>The number is already a WhatsApp sender elsewhere: remove it there, or use another number.</source>
        <translation>이 번호는 이미 다른 곳에서 WhatsApp 발신자로 사용 중입니다. 그곳에서 삭제하거나 다른 번호를 사용하세요.</translation>
    </message>
    <message>
        <source>The number was never verified: register it again and enter the code.</source>
        <translation>번호가 인증되지 않았습니다. 다시 등록하고 코드를 입력하세요.</translation>
    </message>
    <message>
        <source>The WhatsApp business account belongs to another project: use that project, or ask Sinch support to move it.</source>
        <translation>WhatsApp 비즈니스 계정이 다른 프로젝트에 속해 있습니다. 해당 프로젝트를 사용하거나 Sinch 지원팀에 이전을 요청하세요.</translation>
    </message>
    <message>
        <source>Meta has not verified the business: finish the business verification in Meta&apos;s Business Manager.</source>
        <translation>Meta에서 비즈니스를 인증하지 않았습니다. Meta 비즈니스 관리자에서 비즈니스 인증을 완료하세요.</translation>
    </message>
    <message>
        <source>The sender was deleted at Meta: create it again.</source>
        <translation>Meta에서 발신자가 삭제되었습니다. 다시 만드세요.</translation>
    </message>
    <message>
        <source>Setting the sender up failed (%1): contact Sinch support with the sender&apos;s ID.</source>
        <translation>발신자 설정에 실패했습니다(%1). 발신자 ID와 함께 Sinch 지원팀에 문의하세요.</translation>
    </message>
    <message>
        <source>no error code</source>
        <translation>오류 코드 없음</translation>
    </message>
    <message>
        <source>Setting the sender up failed: &quot;%1&quot;. Contact Sinch support with the sender&apos;s ID.</source>
        <translation>발신자 설정에 실패했습니다: &quot;%1&quot;. 발신자 ID와 함께 Sinch 지원팀에 문의하세요.</translation>
    </message>
    <message>
        <source>Meta rejected the changes without a reason: edit them and submit again, or discard them.</source>
        <translation>Meta에서 사유 없이 변경 사항을 거부했습니다. 수정 후 다시 제출하거나 취소하세요.</translation>
    </message>
    <message>
        <source>Meta rejected the changes: &quot;%1&quot; Edit them to follow that rule and submit again, or discard them.</source>
        <translation>Meta에서 변경 사항을 거부했습니다: &quot;%1&quot; 해당 규칙에 맞게 수정하여 다시 제출하거나 취소하세요.</translation>
    </message>
    <message>
        <source>Enter the 6-digit code sent to %1.</source>
        <translation>%1(으)로 전송된 6자리 코드를 입력하세요.</translation>
    </message>
    <message>
        <source>Request a verification code for %1: Meta sends it by SMS or voice call.</source>
        <translation>%1의 인증 코드를 요청하세요. Meta에서 SMS 또는 음성 통화로 보냅니다.</translation>
    </message>
    <message>
        <source>Nothing to do: Meta is reviewing the sender; this page follows the review.</source>
        <translation>할 일 없음: Meta에서 발신자를 검토 중이며 이 페이지에서 검토 상황을 확인할 수 있습니다.</translation>
    </message>
    <message>
        <source>Submit the draft changes for Meta&apos;s review, or discard them.</source>
        <translation>임시 저장된 변경 사항을 Meta 검토에 제출하거나 취소하세요.</translation>
    </message>
    <message>
        <source>The sender is inactive: register %1 again and enter the new code.</source>
        <translation>발신자가 비활성 상태입니다. %1을(를) 다시 등록하고 새 코드를 입력하세요.</translation>
    </message>
    <message>
        <source>Meta suspended the sender: check its quality rating and contact Sinch support to appeal.</source>
        <translation>Meta에서 발신자를 정지했습니다. 품질 등급을 확인하고 Sinch 지원팀에 이의 제기를 문의하세요.</translation>
    </message>
    <message>
        <source>Nothing to do: the sender is active.</source>
        <translation>할 일 없음: 발신자가 활성 상태입니다.</translation>
    </message>
    <message>
        <source>Kakao rejected the changes: check that the name, the categories and the logo match the KakaoTalk channel, then submit again or discard them.</source>
        <translation>카카오에서 변경 사항을 반려했습니다. 이름, 카테고리, 로고가 카카오톡 채널과 일치하는지 확인한 후 다시 제출하거나 취소하세요.</translation>
    </message>
    <message>
        <source>Enter the token Kakao sent to the admin phone %1.</source>
        <translation>카카오에서 관리자 휴대폰 %1(으)로 보낸 인증 토큰을 입력하세요.</translation>
    </message>
    <message>
        <source>Request a token: Kakao sends it to the admin phone %1.</source>
        <translation>인증 토큰을 요청하세요. 카카오에서 관리자 휴대폰 %1(으)로 보냅니다.</translation>
    </message>
    <message>
        <source>Nothing to do: Kakao is reviewing the sender; this page follows the review.</source>
        <translation>할 일 없음: 카카오에서 발신자를 검수 중이며 이 페이지에서 검수 상황을 확인할 수 있습니다.</translation>
    </message>
    <message>
        <source>Submit the sender for Kakao&apos;s review, or discard the draft.</source>
        <translation>발신자를 카카오 검수에 제출하거나 임시 저장본을 취소하세요.</translation>
    </message>
    <message>
        <source>Submit the draft changes for Kakao&apos;s review, or discard them.</source>
        <translation>임시 저장된 변경 사항을 카카오 검수에 제출하거나 취소하세요.</translation>
    </message>
    <message>
        <source>The sender is dormant: request a token for the admin phone %1 to wake it.</source>
        <translation>발신자가 휴면 상태입니다. 관리자 휴대폰 %1의 인증 토큰을 요청하여 휴면을 해제하세요.</translation>
    </message>
    <message>
        <source>Kakao blocked the KakaoTalk channel: the channel&apos;s owner must resolve it with Kakao.</source>
        <translation>카카오에서 카카오톡 채널을 차단했습니다. 채널 소유자가 카카오와 해결해야 합니다.</translation>
    </message>
    <message>
        <source>Kakao suspended the sender: contact Sinch support.</source>
        <translation>카카오에서 발신자를 정지했습니다. Sinch 지원팀에 문의하세요.</translation>
    </message>
    <message>
        <source>Kakao did not accept this token. Check the digits of the last token sent to %1 and type them again, or request a new token.</source>
        <translation>카카오에서 이 토큰을 승인하지 않았습니다. %1(으)로 마지막으로 전송된 토큰의 숫자를 확인하고 다시 입력하거나 새 토큰을 요청하세요.</translation>
    </message>
    <message>
        <source>This sender is not waiting for a token: request a token first.</source>
        <translation>이 발신자는 토큰을 기다리고 있지 않습니다. 먼저 토큰을 요청하세요.</translation>
    </message>
    <message>
        <source>This sender is verified and active already: it needs no token.</source>
        <translation>이 발신자는 이미 인증되어 활성 상태이므로 토큰이 필요 없습니다.</translation>
    </message>
    <message>
        <source>That is not the code Meta sent to %1. Check the 6 digits of the latest SMS or call and type them again; after a few wrong codes the code is void and new ones are refused for a while.</source>
        <translation>Meta에서 %1(으)로 보낸 코드가 아닙니다. 최근 SMS 또는 전화의 6자리 숫자를 확인하고 다시 입력하세요. 잘못된 코드를 여러 번 입력하면 코드가 무효화되고 한동안 새 코드가 거부됩니다.</translation>
    </message>
    <message>
        <source>Too many wrong codes were entered for %1, so Meta voided the code and refuses new ones for now. Wait a few hours, then register again to get a new code; if it is still refused, ask Sinch support to check the number with Meta.</source>
        <translation>%1에 잘못된 코드가 너무 많이 입력되어 Meta에서 코드를 무효화했으며 당분간 새 코드를 거부합니다. 몇 시간 기다린 후 다시 등록하여 새 코드를 받으세요. 계속 거부되면 Sinch 지원팀에 Meta와 번호 확인을 요청하세요.</translation>
    </message>
    <message>
        <source>There is no valid code to check: it was used, voided after wrong codes, or never requested. Register again to get a new code.</source>
        <translation>확인할 유효한 코드가 없습니다. 이미 사용되었거나 잘못된 입력으로 무효화되었거나 요청되지 않았습니다. 다시 등록하여 새 코드를 받으세요.</translation>
    </message>
    <message>
        <source>A code was requested moments ago: wait a minute for it to arrive before asking for another.</source>
        <translation>방금 코드를 요청했습니다. 다른 코드를 요청하기 전에 1분 정도 기다리세요.</translation>
    </message>
    <message>
        <source>This number is registered and verified already: it needs no new code.</source>
        <translation>이 번호는 이미 등록 및 인증되었으므로 새 코드가 필요 없습니다.</translation>
    </message>
    <message>
        <source>A code can only be requested while the sender waits for verification or is inactive.</source>
        <translation>코드는 발신자가 인증 대기 중이거나 비활성 상태일 때만 요청할 수 있습니다.</translation>
    </message>
    <message>
        <source>Not live yet</source>
        <translation>아직 활성화되지 않음</translation>
    </message>
</context>
<context>
    <name>sinch::TemplateBulkJobs</name>
    <message>
        <source>Clone to %1</source>
        <translation>%1(으)로 복제</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Export to %1</source>
        <translation>%1(으)로 내보내기</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1에 쓸 수 없음: %2</translation>
    </message>
</context>
<context>
    <name>sinch::TemplateJsonFile</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1을(를) 열 수 없음: %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 at character %3.</source>
        <translation>%1은(는) 유효한 JSON이 아닙니다: %3번째 문자에서 %2.</translation>
    </message>
    <message>
        <source>%1 holds no template: expected one JSON object.</source>
        <translation>%1에 템플릿이 없습니다. JSON 객체 하나가 필요합니다.</translation>
    </message>
    <message>
        <source>%1 does not look like a WhatsApp template: it has neither &quot;name&quot; nor &quot;details&quot;.</source>
        <translation>%1은(는) WhatsApp 템플릿이 아닌 것 같습니다. &quot;name&quot;과 &quot;details&quot;가 모두 없습니다.</translation>
    </message>
    <message>
        <source>%1: &quot;details.components&quot; must be a list.</source>
        <translation>%1: &quot;details.components&quot;는 목록이어야 합니다.</translation>
    </message>
    <message>
        <source>Cannot export to %1: %2</source>
        <translation>%1(으)로 내보낼 수 없음: %2</translation>
    </message>
</context>
<context>
    <name>sinch::TemplateListModel</name>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>카테고리</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>품질</translation>
    </message>
    <message>
        <source>Rejection</source>
        <translation>거부</translation>
    </message>
    <message>
        <source>Last modified</source>
        <translation>최종 수정</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>발송</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>전달</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>읽음</translation>
    </message>
    <message>
        <source>Button clicks</source>
        <translation>버튼 클릭</translation>
    </message>
</context>
<context>
    <name>sinch::TemplatePathWords</name>
    <message>
        <source>Components</source>
        <translation>구성 요소</translation>
    </message>
    <message>
        <source>Button %1</source>
        <translation>버튼 %1</translation>
    </message>
    <message>
        <source>Card %1</source>
        <translation>카드 %1</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>헤더</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>본문</translation>
    </message>
    <message>
        <source>Footer</source>
        <translation>바닥글</translation>
    </message>
    <message>
        <source>Buttons</source>
        <translation>버튼</translation>
    </message>
    <message>
        <source>Carousel</source>
        <translation>캐러셀</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>구성 요소</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>카테고리</translation>
    </message>
    <message>
        <source>Allow category change</source>
        <translation>카테고리 변경 허용</translation>
    </message>
    <message>
        <source>Time to live</source>
        <translation>유효 시간</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>텍스트</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>예시</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>예시</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>형식</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>웹 주소</translation>
    </message>
    <message>
        <source>File type</source>
        <translation>파일 형식</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>전화번호</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>카드</translation>
    </message>
    <message>
        <source>Code expires after (minutes)</source>
        <translation>코드 만료 시간(분)</translation>
    </message>
    <message>
        <source>Security note</source>
        <translation>보안 안내</translation>
    </message>
    <message>
        <source>Code button</source>
        <translation>코드 버튼</translation>
    </message>
    <message>
        <source>Autofill text</source>
        <translation>자동 입력 텍스트</translation>
    </message>
    <message>
        <source>Android package</source>
        <translation>Android 패키지</translation>
    </message>
    <message>
        <source>App signature hash</source>
        <translation>앱 서명 해시</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Flow</translation>
    </message>
    <message>
        <source>Flow action</source>
        <translation>Flow 동작</translation>
    </message>
    <message>
        <source>First screen</source>
        <translation>첫 화면</translation>
    </message>
    <message>
        <source>Coupon code</source>
        <translation>쿠폰 코드</translation>
    </message>
</context>
<context>
    <name>sinch::TestMessage</name>
    <message>
        <source>{{1}} in the header</source>
        <translation>헤더의 {{1}}</translation>
    </message>
    <message>
        <source>{{%1}} in the body</source>
        <translation>본문의 {{%1}}</translation>
    </message>
</context>
<context>
    <name>sinch::TokenProvider</name>
    <message>
        <source>The token service refused the key. Check the key ID and key secret, or switch the project to Basic authentication.</source>
        <translation>토큰 서비스에서 키를 거부했습니다. 키 ID와 키 시크릿을 확인하거나 프로젝트를 Basic 인증으로 전환하세요.</translation>
    </message>
    <message>
        <source>the token answer has no access_token or expires_in</source>
        <translation>토큰 응답에 access_token 또는 expires_in이 없습니다</translation>
    </message>
</context>
<context>
    <name>sinch::app</name>
    <message>
        <source>--%1 takes %2, not &quot;%3&quot;</source>
        <translation>--%1에는 &quot;%3&quot;이(가) 아닌 %2이(가) 필요합니다</translation>
    </message>
    <message>
        <source>Recreate the templates and webhooks of a project export in another project: first the plan (create, identical, conflict with its differences), then, without --dry-run, the changes. Templates are created as drafts on the server, never submitted; with --as-drafts they become local drafts of the console instead. Each new webhook asks for its secret (an empty answer, or no terminal, generates one, shown once).
The key secret comes from SINCH_KEY_SECRET or the keychain.</source>
        <translation>프로젝트 내보내기의 템플릿과 웹훅을 다른 프로젝트에 다시 만듭니다. 먼저 계획(생성, 동일, 차이점이 있는 충돌)을 표시하고, --dry-run이 없으면 변경 사항을 적용합니다. 템플릿은 서버에 임시 저장 상태로 만들어지며 제출되지 않습니다. --as-drafts를 사용하면 대신 콘솔의 로컬 임시 저장본이 됩니다. 새 웹훅마다 시크릿을 묻습니다(응답이 비어 있거나 터미널이 없으면 생성되어 한 번만 표시됨).
키 시크릿은 SINCH_KEY_SECRET 또는 키체인에서 가져옵니다.</translation>
    </message>
    <message>
        <source>Export every readable resource of a project (WhatsApp account, senders, templates, flows, KakaoTalk senders and templates, RCS senders, webhooks, activities) as JSON files with a manifest.json; a rerun rewrites only what changed. No secret or token is written.
The key secret comes from SINCH_KEY_SECRET or the keychain.</source>
        <translation>프로젝트의 읽을 수 있는 모든 리소스(WhatsApp 계정, 발신자, 템플릿, Flows, KakaoTalk 발신자 및 템플릿, RCS 발신자, 웹훅, 활동)를 manifest.json과 함께 JSON 파일로 내보냅니다. 다시 실행하면 변경된 내용만 다시 씁니다. 시크릿이나 토큰은 기록되지 않습니다.
키 시크릿은 SINCH_KEY_SECRET 또는 키체인에서 가져옵니다.</translation>
    </message>
    <message>
        <source>The project: a name, Sinch project ID or local ID of the console&apos;s list; with --key-id, the Sinch project ID.</source>
        <translation>프로젝트: 이름, Sinch 프로젝트 ID 또는 콘솔 목록의 로컬 ID. --key-id 사용 시 Sinch 프로젝트 ID.</translation>
    </message>
    <message>
        <source>The folder to export into.</source>
        <translation>내보낼 폴더입니다.</translation>
    </message>
    <message>
        <source>Print the plan, change nothing.</source>
        <translation>계획만 표시하고 아무것도 변경하지 않습니다.</translation>
    </message>
    <message>
        <source>Make the templates local drafts of the console (to submit from the editor).</source>
        <translation>템플릿을 콘솔의 로컬 임시 저장본으로 만듭니다(편집기에서 제출).</translation>
    </message>
    <message>
        <source>Apply the conflicts too: the export&apos;s content replaces the project&apos;s.</source>
        <translation>충돌도 적용합니다: 내보내기 내용이 프로젝트 내용을 대체합니다.</translation>
    </message>
    <message>
        <source>The API&apos;s address (with --key-id).</source>
        <translation>API 주소(--key-id와 함께).</translation>
    </message>
    <message>
        <source>The OAuth2 token address (with --key-id).</source>
        <translation>OAuth2 토큰 주소(--key-id와 함께).</translation>
    </message>
    <message>
        <source>The access key&apos;s ID: the project comes from the flags.</source>
        <translation>액세스 키 ID: 프로젝트는 플래그로 지정합니다.</translation>
    </message>
    <message>
        <source>oauth2 (default) or basic.</source>
        <translation>oauth2(기본값) 또는 basic.</translation>
    </message>
    <message>
        <source>The folder of a project export.</source>
        <translation>프로젝트 내보내기 폴더입니다.</translation>
    </message>
    <message>
        <source>--project is required: the name or ID of the project</source>
        <translation>--project가 필요합니다: 프로젝트 이름 또는 ID</translation>
    </message>
    <message>
        <source>import takes one folder, the export to import</source>
        <translation>import에는 가져올 내보내기 폴더 하나가 필요합니다</translation>
    </message>
    <message>
        <source>export takes no further words: the folder goes with --out</source>
        <translation>export에는 추가 인수가 필요 없습니다. 폴더는 --out으로 지정합니다</translation>
    </message>
    <message>
        <source>--out is required: the folder to export into</source>
        <translation>--out이 필요합니다: 내보낼 폴더</translation>
    </message>
    <message>
        <source>--base-url, --token-url and --auth need --key-id (a project given by the flags)</source>
        <translation>--base-url, --token-url, --auth에는 --key-id(플래그로 지정한 프로젝트)가 필요합니다</translation>
    </message>
    <message>
        <source>--%1 takes an http(s) address, not &quot;%2&quot;</source>
        <translation>--%1에는 &quot;%2&quot;이(가) 아닌 http(s) 주소가 필요합니다</translation>
    </message>
    <message>
        <source>--auth takes oauth2 or basic, not &quot;%1&quot;</source>
        <translation>--auth에는 &quot;%1&quot;이(가) 아닌 oauth2 또는 basic이 필요합니다</translation>
    </message>
</context>
<context>
    <name>sinch::app::CatalogueCommand</name>
    <message numerus="yes">
        <source>%n template(s), %1</source>
        <translation>
            <numerusform>템플릿 %n개, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Print every WhatsApp template of a project as a phone preview on a PDF contact sheet, with a table of contents.
The key secret comes from the environment variable %1, else from the keychain.</source>
        <translation>프로젝트의 모든 WhatsApp 템플릿을 휴대폰 미리보기 형태로 목차와 함께 PDF 목록에 출력합니다.
키 시크릿은 환경 변수 %1에서, 없으면 키체인에서 가져옵니다.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>이 도움말을 표시합니다.</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>출력할 PDF 파일입니다.</translation>
    </message>
    <message>
        <source>Only templates in this state (repeat, or comma-separated).</source>
        <translation>이 상태의 템플릿만(반복 또는 쉼표로 구분).</translation>
    </message>
    <message>
        <source>Only templates of this category.</source>
        <translation>이 카테고리의 템플릿만.</translation>
    </message>
    <message>
        <source>Only templates in this language (e.g. EN_US, KO).</source>
        <translation>이 언어의 템플릿만(예: EN_US, KO).</translation>
    </message>
    <message>
        <source>Dark pages and previews.</source>
        <translation>어두운 페이지와 미리보기.</translation>
    </message>
    <message>
        <source>unexpected &quot;%1&quot; (see --help)</source>
        <translation>예상치 못한 &quot;%1&quot;(--help 참고)</translation>
    </message>
    <message>
        <source>give the PDF to write with -o FILE.pdf</source>
        <translation>-o FILE.pdf로 출력할 PDF를 지정하세요</translation>
    </message>
    <message>
        <source>cannot read the templates of %1: %2</source>
        <translation>%1의 템플릿을 읽을 수 없음: %2</translation>
    </message>
    <message>
        <source>%1 · WhatsApp templates</source>
        <translation>%1 · WhatsApp 템플릿</translation>
    </message>
    <message>
        <source> · only %1</source>
        <translation> · %1만</translation>
    </message>
    <message>
        <source>%1: %2 templates, %3 pages (read in %4 ms, drawn in %5 ms)
</source>
        <translation>%1: 템플릿 %2개, %3페이지(읽기 %4ms, 그리기 %5ms)
</translation>
    </message>
</context>
<context>
    <name>sinch::app::CommandLineProject</name>
    <message>
        <source>The project: a configured project&apos;s Sinch project ID, name or local id; with --key-id and --base-url any project ID.</source>
        <translation>프로젝트: 구성된 프로젝트의 Sinch 프로젝트 ID, 이름 또는 로컬 ID. --key-id와 --base-url 사용 시 모든 프로젝트 ID.</translation>
    </message>
    <message>
        <source>The access key ID (a project not configured in the console).</source>
        <translation>액세스 키 ID(콘솔에 구성되지 않은 프로젝트).</translation>
    </message>
    <message>
        <source>The API&apos;s address (default: the configured one, else Sinch&apos;s).</source>
        <translation>API 주소(기본값: 구성된 주소, 없으면 Sinch 주소).</translation>
    </message>
    <message>
        <source>The OAuth2 token endpoint (default: Sinch&apos;s).</source>
        <translation>OAuth2 토큰 엔드포인트(기본값: Sinch).</translation>
    </message>
    <message>
        <source>basic or oauth2 (default: oauth2).</source>
        <translation>basic 또는 oauth2(기본값: oauth2).</translation>
    </message>
    <message>
        <source>name the project with --project ID</source>
        <translation>--project ID로 프로젝트를 지정하세요</translation>
    </message>
    <message>
        <source>--auth is basic or oauth2, not &quot;%1&quot;</source>
        <translation>--auth는 &quot;%1&quot;이(가) 아닌 basic 또는 oauth2입니다</translation>
    </message>
    <message>
        <source>no configured project is &quot;%1&quot;; add it in the console, or give --key-id (and --base-url) to reach it without one</source>
        <translation>&quot;%1&quot;(이)라는 구성된 프로젝트가 없습니다. 콘솔에서 추가하거나 --key-id(및 --base-url)를 지정하여 구성 없이 접근하세요</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names %2 configured projects: use the Sinch project ID</source>
        <translation>&quot;%1&quot;에 해당하는 구성된 프로젝트가 %2개입니다. Sinch 프로젝트 ID를 사용하세요</translation>
    </message>
    <message>
        <source>no key secret for %1%2: set %3 or save the project&apos;s secret in the console (a secret is never taken from a flag)</source>
        <translation>%1%2의 키 시크릿이 없습니다. %3을(를) 설정하거나 콘솔에서 프로젝트 시크릿을 저장하세요(시크릿은 플래그로 받지 않습니다)</translation>
    </message>
</context>
<context>
    <name>sinch::rules::ImageRequirement</name>
    <message>
        <source>%1 KB</source>
        <translation>%1KB</translation>
    </message>
    <message>
        <source>It is %1; Sinch takes %2.</source>
        <translation>%1입니다. Sinch에서는 %2을(를) 허용합니다.</translation>
    </message>
    <message>
        <source>not an image</source>
        <translation>이미지 아님</translation>
    </message>
    <message>
        <source> or </source>
        <translation> 또는 </translation>
    </message>
    <message>
        <source>It is %1 × %2 pixels; it must be exactly %3 × %4.</source>
        <translation>%1 × %2픽셀입니다. 정확히 %3 × %4여야 합니다.</translation>
    </message>
    <message>
        <source>It is %1; at most %2 is allowed.</source>
        <translation>%1입니다. 최대 %2까지 허용됩니다.</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>최대 %1</translation>
    </message>
</context>
<context>
    <name>sinch::rules::LintCommand</name>
    <message>
        <source>sinch-console lint: unknown option %1</source>
        <translation>sinch-console lint: 알 수 없는 옵션 %1</translation>
    </message>
    <message>
        <source>sinch-console lint: name at least one template JSON file</source>
        <translation>sinch-console lint: 템플릿 JSON 파일을 하나 이상 지정하세요</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>읽을 수 없음: %1</translation>
    </message>
    <message>
        <source>is not a JSON object (%1 at byte %2)</source>
        <translation>JSON 객체가 아닙니다(%2바이트에서 %1)</translation>
    </message>
    <message>
        <source>sinch-console lint: --channel is whatsapp or kakaotalk, not &quot;%1&quot;</source>
        <translation>sinch-console lint: --channel은 &quot;%1&quot;이(가) 아닌 whatsapp 또는 kakaotalk입니다</translation>
    </message>
    <message>
        <source>Usage: sinch-console lint FILE... [--json] [--channel whatsapp|kakaotalk]
Validates WhatsApp and KakaoTalk template JSON files (the API&apos;s create-request shape);
the channel is told from each file&apos;s fields unless --channel names it.
Exit code: 0 no errors, 1 errors found, 2 unreadable input.
</source>
        <translation>사용법: sinch-console lint FILE... [--json] [--channel whatsapp|kakaotalk]
WhatsApp 및 KakaoTalk 템플릿 JSON 파일(API 생성 요청 형식)을 검사합니다.
--channel로 지정하지 않으면 각 파일의 필드로 채널을 판별합니다.
종료 코드: 0 오류 없음, 1 오류 발견, 2 입력을 읽을 수 없음.
</translation>
    </message>
</context>
<context>
    <name>sinch::rules::RcsSenderRules</name>
    <message>
        <source>Choose the %1: it cannot be changed once the sender exists.</source>
        <translation>%1을(를) 선택하세요. 발신자가 생성된 후에는 변경할 수 없습니다.</translation>
    </message>
    <message>
        <source>“%1” is not a %2 the API knows; choose one of %3.</source>
        <translation>“%1”은(는) API에서 인식하는 %2이(가) 아닙니다. %3 중 하나를 선택하세요.</translation>
    </message>
    <message>
        <source>The %1 is %2 characters long; shorten it to at most %3.</source>
        <translation>%1이(가) %2자입니다. 최대 %3자로 줄이세요.</translation>
    </message>
    <message>
        <source>The %1 is not a web address; write it in full, e.g. https://example.com/page.</source>
        <translation>%1이(가) 웹 주소가 아닙니다. 전체 주소를 입력하세요(예: https://example.com/page).</translation>
    </message>
    <message>
        <source>The %1 is %2; use a JPEG or PNG image.</source>
        <translation>%1이(가) %2입니다. JPEG 또는 PNG 이미지를 사용하세요.</translation>
    </message>
    <message>
        <source>Enter the phone number, or remove this row.</source>
        <translation>전화번호를 입력하거나 이 행을 삭제하세요.</translation>
    </message>
    <message>
        <source>Add at least %1 entry here, or leave the list out.</source>
        <translation>여기에 항목을 %1개 이상 추가하거나 목록을 비워 두세요.</translation>
    </message>
    <message>
        <source>At most %1 entries are allowed here; remove %2.</source>
        <translation>여기에는 최대 %1개 항목까지 허용됩니다. %2개를 삭제하세요.</translation>
    </message>
    <message>
        <source>Give this contact a label people see, e.g. “Customer service”.</source>
        <translation>사용자에게 표시될 연락처 라벨을 입력하세요(예: “고객센터”).</translation>
    </message>
    <message>
        <source>label</source>
        <translation>라벨</translation>
    </message>
    <message>
        <source>Enter the %1, or remove this row.</source>
        <translation>%1을(를) 입력하거나 이 행을 삭제하세요.</translation>
    </message>
    <message>
        <source>email address</source>
        <translation>이메일 주소</translation>
    </message>
    <message>
        <source>web address</source>
        <translation>웹 주소</translation>
    </message>
    <message>
        <source>This is not an email address; write it as name@example.com.</source>
        <translation>이메일 주소가 아닙니다. name@example.com 형식으로 입력하세요.</translation>
    </message>
    <message>
        <source>website</source>
        <translation>웹사이트</translation>
    </message>
    <message>
        <source>This entry is already in the list above; each must be different.</source>
        <translation>이 항목은 위 목록에 이미 있습니다. 항목은 모두 달라야 합니다.</translation>
    </message>
    <message>
        <source>brand name</source>
        <translation>브랜드 이름</translation>
    </message>
    <message>
        <source>description</source>
        <translation>설명</translation>
    </message>
    <message>
        <source>Write the colour as a hex code, e.g. #1A73E8, or pick it with the Choose… button.</source>
        <translation>색상을 16진수 코드(예: #1A73E8)로 입력하거나 선택… 버튼으로 고르세요.</translation>
    </message>
    <message>
        <source>White text on this colour has a contrast of %1:1; people read it best from %2:1. Choose a darker colour.</source>
        <translation>이 색상 위의 흰색 텍스트 명암비는 %1:1입니다. %2:1 이상일 때 가장 잘 읽힙니다. 더 어두운 색상을 선택하세요.</translation>
    </message>
    <message>
        <source>logo</source>
        <translation>로고</translation>
    </message>
    <message>
        <source>banner</source>
        <translation>배너</translation>
    </message>
    <message>
        <source>privacy policy URL</source>
        <translation>개인정보처리방침 URL</translation>
    </message>
    <message>
        <source>terms of service URL</source>
        <translation>서비스 약관 URL</translation>
    </message>
    <message>
        <source>Choose at least one country the sender will launch in.</source>
        <translation>발신자를 출시할 국가를 하나 이상 선택하세요.</translation>
    </message>
    <message>
        <source>RCS senders cannot launch in “%1”; choose one of %2.</source>
        <translation>RCS 발신자는 “%1”에서 출시할 수 없습니다. %2 중 하나를 선택하세요.</translation>
    </message>
    <message>
        <source>%1 is chosen twice; remove one.</source>
        <translation>%1이(가) 두 번 선택되었습니다. 하나를 삭제하세요.</translation>
    </message>
    <message>
        <source>At most %1 test numbers are allowed; remove %2.</source>
        <translation>테스트 번호는 최대 %1개까지 허용됩니다. %2개를 삭제하세요.</translation>
    </message>
    <message>
        <source>Write the test number in E.164: + and the country code, then the number (e.g. +46 70 123 45 67).</source>
        <translation>테스트 번호를 E.164 형식으로 입력하세요: +와 국가 코드, 그다음 번호(예: +46 70 123 45 67).</translation>
    </message>
    <message>
        <source>%1 is listed twice; remove one.</source>
        <translation>%1이(가) 두 번 포함되었습니다. 하나를 삭제하세요.</translation>
    </message>
    <message>
        <source>region</source>
        <translation>리전</translation>
    </message>
    <message>
        <source>billing category</source>
        <translation>청구 카테고리</translation>
    </message>
    <message>
        <source>use case</source>
        <translation>사용 사례</translation>
    </message>
    <message>
        <source>Write the number as %1 to %2 digits without country code or separators (e.g. 2071234567), or in E.164 with the country code (e.g. +442071234567).</source>
        <translation>번호를 국가 번호와 구분 기호 없이 %1~%2자리 숫자로(예: 2071234567) 쓰거나, 국가 번호를 포함한 E.164 형식으로(예: +442071234567) 쓰세요.</translation>
    </message>
    <message>
        <source>At most %1 characters; this one has %2. Leave out the spaces and dashes (e.g. +442071234567).</source>
        <translation>최대 %1자입니다. 이 번호는 %2자입니다. 공백과 하이픈을 빼세요(예: +442071234567).</translation>
    </message>
</context>
<context>
    <name>sinch::rules::SenderRules</name>
    <message>
        <source>Display name</source>
        <translation>표시 이름</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>설명</translation>
    </message>
    <message>
        <source>Business category</source>
        <translation>비즈니스 카테고리</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>이메일</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>웹사이트</translation>
    </message>
    <message>
        <source>Second website</source>
        <translation>두 번째 웹사이트</translation>
    </message>
    <message>
        <source>About</source>
        <translation>소개</translation>
    </message>
    <message>
        <source>Profile photo URL</source>
        <translation>프로필 사진 URL</translation>
    </message>
    <message>
        <source>Country code</source>
        <translation>국가 코드</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>전화번호</translation>
    </message>
    <message>
        <source>Number provided by</source>
        <translation>번호 제공자</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>지역</translation>
    </message>
    <message>
        <source>Meta local storage</source>
        <translation>Meta 로컬 스토리지</translation>
    </message>
    <message>
        <source>Search ID</source>
        <translation>검색용 ID</translation>
    </message>
    <message>
        <source>Admin phone number</source>
        <translation>관리자 휴대폰 번호</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Logo URL</source>
        <translation>로고 URL</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>카테고리</translation>
    </message>
    <message>
        <source>Category (second level)</source>
        <translation>카테고리(중분류)</translation>
    </message>
    <message>
        <source>Category (third level)</source>
        <translation>카테고리(소분류)</translation>
    </message>
    <message>
        <source>Choose the category down to its third level.</source>
        <translation>카테고리를 소분류까지 선택하세요.</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1은(는) 필수입니다.</translation>
    </message>
    <message>
        <source>%1 is %2 characters long; at most %3 are allowed.</source>
        <translation>%1이(가) %2자입니다. 최대 %3자까지 허용됩니다.</translation>
    </message>
    <message numerus="yes">
        <source>%1 needs at least %n character(s).</source>
        <translation>
            <numerusform>%1에는 %n자 이상이 필요합니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: “%2” is not one of %3.</source>
        <translation>%1: “%2”은(는) %3 중 하나가 아닙니다.</translation>
    </message>
    <message>
        <source>%1 is not an email address: write it as name@example.com.</source>
        <translation>%1이(가) 이메일 주소가 아닙니다. name@example.com 형식으로 입력하세요.</translation>
    </message>
    <message>
        <source>%1 is not a web address: write it in full, e.g. https://example.com.</source>
        <translation>%1이(가) 웹 주소가 아닙니다. 전체 주소를 입력하세요(예: https://example.com).</translation>
    </message>
    <message>
        <source>%1: digits only, with the country code and an optional leading +, e.g. +821012345678.</source>
        <translation>%1: 국가 코드를 포함한 숫자만 입력하세요. 앞에 +를 붙일 수 있습니다(예: +821012345678).</translation>
    </message>
    <message>
        <source>%1: digits only, without the country code, spaces or dashes.</source>
        <translation>%1: 국가 코드, 공백, 하이픈 없이 숫자만 입력하세요.</translation>
    </message>
    <message>
        <source>%1: the country&apos;s calling code in digits, without + (49 for Germany, 44 for the UK).</source>
        <translation>%1: + 없이 국가 번호를 숫자로 입력하세요(독일은 49, 영국은 44).</translation>
    </message>
    <message>
        <source>%1: the code must have exactly %2 digits.</source>
        <translation>%1: 코드는 정확히 %2자리여야 합니다.</translation>
    </message>
    <message>
        <source>%1: the address does not say the image&apos;s type; it must be one of %2.</source>
        <translation>%1: 주소에 이미지 형식이 나타나 있지 않습니다. %2 중 하나여야 합니다.</translation>
    </message>
    <message>
        <source>%1: a %2 file; the image must be one of %3.</source>
        <translation>%1: %2 파일입니다. 이미지는 %3 중 하나여야 합니다.</translation>
    </message>
    <message>
        <source>%1 is required with your own number: WhatsApp sends the verification code to it.</source>
        <translation>자체 번호를 사용할 때는 %1이(가) 필요합니다: WhatsApp이 인증 코드를 그 번호로 보냅니다.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has only %n digit(s); with its country code a phone number has at least 8, e.g. +821012345678.</source>
        <translation>
            <numerusform>%1의 숫자가 %n자리뿐입니다. 국가 번호를 포함한 전화번호는 최소 8자리입니다(예: +821012345678).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sinch::ui</name>
    <message>
        <source>Show this help.</source>
        <translation>이 도움말을 표시합니다.</translation>
    </message>
    <message>
        <source>The PNG file to write.</source>
        <translation>출력할 PNG 파일입니다.</translation>
    </message>
    <message>
        <source>Use the dark theme.</source>
        <translation>어두운 테마를 사용합니다.</translation>
    </message>
    <message>
        <source>Pixels per logical pixel, 0.5 to 4 (default 1).</source>
        <translation>논리 픽셀당 픽셀 수, 0.5~4(기본값 1).</translation>
    </message>
    <message>
        <source>The template, as JSON (the API&apos;s create request).</source>
        <translation>JSON 형식의 템플릿(API 생성 요청).</translation>
    </message>
    <message>
        <source>give one template file (see --help)</source>
        <translation>템플릿 파일 하나를 지정하세요(--help 참고)</translation>
    </message>
    <message>
        <source>give the PNG to write with -o OUT.png</source>
        <translation>-o OUT.png로 출력할 PNG를 지정하세요</translation>
    </message>
    <message>
        <source>--scale takes a number from 0.5 to 4, not &quot;%1&quot;</source>
        <translation>--scale에는 &quot;%1&quot;이(가) 아닌 0.5~4의 숫자가 필요합니다</translation>
    </message>
    <message>
        <source>internal error: rendering needs a QGuiApplication</source>
        <translation>내부 오류: 렌더링에는 QGuiApplication이 필요합니다</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1을(를) 읽을 수 없음: %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 at offset %3</source>
        <translation>%1은(는) 유효한 JSON이 아닙니다: 오프셋 %3에서 %2</translation>
    </message>
    <message>
        <source>%1 is not a template: expected a JSON object</source>
        <translation>%1은(는) 템플릿이 아닙니다: JSON 객체가 필요합니다</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1에 쓸 수 없음: %2</translation>
    </message>
    <message>
        <source>%1: %2×%3 px, %4 findings marked (%5 errors)
</source>
        <translation>%1: %2×%3px, 표시된 검사 결과 %4개(오류 %5개)
</translation>
    </message>
    <message>
        <source>Render a WhatsApp or KakaoTalk (AlimTalk) template as the phone shows it and write a PNG.
The channel is told from the file&apos;s fields unless --channel names it.</source>
        <translation>WhatsApp 또는 KakaoTalk(알림톡) 템플릿을 휴대폰 화면처럼 렌더링하여 PNG로 저장합니다.
--channel로 지정하지 않으면 파일의 필드로 채널을 판별합니다.</translation>
    </message>
    <message>
        <source>Show the variables ({{n}}, #{name}) instead of the examples.</source>
        <translation>예시 대신 변수({{n}}, #{name})를 표시합니다.</translation>
    </message>
    <message>
        <source>Render as this channel&apos;s template: whatsapp or kakaotalk.</source>
        <translation>이 채널의 템플릿으로 렌더링: whatsapp 또는 kakaotalk.</translation>
    </message>
    <message>
        <source>KakaoTalk: the example shown for #{NAME} (repeat for each variable).</source>
        <translation>KakaoTalk: #{NAME}에 표시할 예시(변수마다 반복).</translation>
    </message>
    <message>
        <source>KakaoTalk: the channel name shown above the message.</source>
        <translation>KakaoTalk: 메시지 위에 표시할 채널 이름.</translation>
    </message>
    <message>
        <source>--channel is whatsapp or kakaotalk, not &quot;%1&quot;</source>
        <translation>--channel은 &quot;%1&quot;이(가) 아닌 whatsapp 또는 kakaotalk입니다</translation>
    </message>
    <message>
        <source>--example takes NAME=VALUE, not &quot;%1&quot;</source>
        <translation>--example에는 &quot;%1&quot;이(가) 아닌 NAME=VALUE가 필요합니다</translation>
    </message>
</context>
<context>
    <name>sinch::ui::AccountDetailsView</name>
    <message>
        <source>Account</source>
        <translation>계정</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Business manager</source>
        <translation>비즈니스 관리자</translation>
    </message>
    <message>
        <source>WhatsApp Business Account ID</source>
        <translation>WhatsApp 비즈니스 계정 ID</translation>
    </message>
    <message>
        <source>Created through Embedded Signup</source>
        <translation>임베디드 가입으로 생성됨</translation>
    </message>
    <message>
        <source>Template analytics</source>
        <translation>템플릿 분석</translation>
    </message>
    <message>
        <source>Conversation API regions</source>
        <translation>Conversation API 리전</translation>
    </message>
    <message>
        <source>Primary business location</source>
        <translation>주요 비즈니스 위치</translation>
    </message>
    <message>
        <source>Ban</source>
        <translation>차단</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>회사</translation>
    </message>
    <message>
        <source>Company legal name</source>
        <translation>회사 법인명</translation>
    </message>
    <message>
        <source>Meta Business Manager ID</source>
        <translation>Meta 비즈니스 관리자 ID</translation>
    </message>
    <message>
        <source>Pending changes</source>
        <translation>대기 중인 변경 사항</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>검토</translation>
    </message>
    <message>
        <source>New company legal name</source>
        <translation>새 회사 법인명</translation>
    </message>
    <message>
        <source>New Business Manager ID</source>
        <translation>새 비즈니스 관리자 ID</translation>
    </message>
    <message>
        <source>On: Meta&apos;s template insights are collected</source>
        <translation>사용: Meta 템플릿 인사이트 수집 중</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>사용 안 함</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%2부터 %1</translation>
    </message>
</context>
<context>
    <name>sinch::ui::AccountPage</name>
    <message>
        <source>&amp;Create account…</source>
        <translation>계정 만들기(&amp;C)…</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>계정 만들기</translation>
    </message>
    <message>
        <source>&amp;Edit details…</source>
        <translation>세부 정보 수정(&amp;E)…</translation>
    </message>
    <message>
        <source>Edit details</source>
        <translation>세부 정보 수정</translation>
    </message>
    <message>
        <source>Enable template &amp;analytics…</source>
        <translation>템플릿 분석 사용(&amp;A)…</translation>
    </message>
    <message>
        <source>Enable template analytics</source>
        <translation>템플릿 분석 사용</translation>
    </message>
    <message>
        <source>Long-lived access &amp;token…</source>
        <translation>장기 액세스 토큰(&amp;T)…</translation>
    </message>
    <message>
        <source>Create long-lived access token</source>
        <translation>장기 액세스 토큰 만들기</translation>
    </message>
    <message>
        <source>Show &amp;JSON</source>
        <translation>JSON 표시(&amp;J)</translation>
    </message>
    <message>
        <source>Show JSON</source>
        <translation>JSON 표시</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Enter the company&apos;s legal name and Meta Business Manager ID for Meta&apos;s review</source>
        <translation>Meta 검토를 위해 회사 법인명과 Meta 비즈니스 관리자 ID를 입력합니다</translation>
    </message>
    <message>
        <source>Show the account as the server sent it</source>
        <translation>서버에서 보낸 그대로 계정을 표시합니다</translation>
    </message>
    <message>
        <source>Ask Meta to collect template insights (sent, delivered, read, clicks)</source>
        <translation>Meta에 템플릿 인사이트(발송, 전달, 읽음, 클릭) 수집을 요청합니다</translation>
    </message>
    <message>
        <source>Exchange an Embedded Signup token for a long-lived one, or look up the WABAs it reaches</source>
        <translation>임베디드 가입 토큰을 장기 토큰으로 교환하거나 토큰으로 접근 가능한 WABA를 조회합니다</translation>
    </message>
    <message>
        <source>Account as JSON</source>
        <translation>계정 JSON</translation>
    </message>
    <message>
        <source>Hide &amp;JSON</source>
        <translation>JSON 숨기기(&amp;J)</translation>
    </message>
    <message>
        <source>Hide JSON</source>
        <translation>JSON 숨기기</translation>
    </message>
    <message>
        <source>Choose a project first.</source>
        <translation>먼저 프로젝트를 선택하세요.</translation>
    </message>
    <message>
        <source>Choose a project to see its activity.</source>
        <translation>활동을 보려면 프로젝트를 선택하세요.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>불러오는 중…</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>%1 기준</translation>
    </message>
    <message>
        <source>Correct the details Meta rejected and send them to review again</source>
        <translation>Meta에서 거부한 세부 정보를 수정하여 다시 검토에 보냅니다</translation>
    </message>
    <message>
        <source>Meta accepts changes of a rejected account only; this one is: %1</source>
        <translation>Meta는 거부된 계정의 변경만 허용합니다. 이 계정의 상태: %1</translation>
    </message>
    <message>
        <source>Template analytics are on already</source>
        <translation>템플릿 분석이 이미 사용 중입니다</translation>
    </message>
    <message>
        <source>Meta offers template analytics once the account is onboarded</source>
        <translation>계정 온보딩이 완료되면 Meta에서 템플릿 분석을 제공합니다</translation>
    </message>
    <message>
        <source>Company &amp;legal name:</source>
        <translation>회사 법인명(&amp;L):</translation>
    </message>
    <message>
        <source>Company legal name</source>
        <translation>회사 법인명</translation>
    </message>
    <message>
        <source>As Meta&apos;s Business Manager shows it</source>
        <translation>Meta 비즈니스 관리자에 표시된 그대로</translation>
    </message>
    <message>
        <source>Must match the name of the business in Meta Business Manager exactly.</source>
        <translation>Meta 비즈니스 관리자의 비즈니스 이름과 정확히 일치해야 합니다.</translation>
    </message>
    <message>
        <source>Meta &amp;Business Manager ID:</source>
        <translation>Meta 비즈니스 관리자 ID(&amp;B):</translation>
    </message>
    <message>
        <source>Business Manager ID</source>
        <translation>비즈니스 관리자 ID</translation>
    </message>
    <message>
        <source>e.g. 104857600123456</source>
        <translation>예: 104857600123456</translation>
    </message>
    <message>
        <source>In Meta Business Manager: Business Settings &gt; Business Info.</source>
        <translation>Meta 비즈니스 관리자: 비즈니스 설정 &gt; 비즈니스 정보.</translation>
    </message>
    <message>
        <source>Let Sinch choose</source>
        <translation>Sinch에서 선택</translation>
    </message>
    <message>
        <source>Sinch business &amp;manager:</source>
        <translation>Sinch 비즈니스 관리자(&amp;M):</translation>
    </message>
    <message>
        <source>Sinch business manager</source>
        <translation>Sinch 비즈니스 관리자</translation>
    </message>
    <message>
        <source>The Sinch business that onboards the account; it cannot be changed later.</source>
        <translation>계정을 온보딩하는 Sinch 비즈니스입니다. 나중에 변경할 수 없습니다.</translation>
    </message>
    <message>
        <source>New WhatsApp account</source>
        <translation>새 WhatsApp 계정</translation>
    </message>
    <message>
        <source>Correct the account&apos;s details</source>
        <translation>계정 세부 정보 수정</translation>
    </message>
    <message>
        <source>Send to review</source>
        <translation>검토 요청</translation>
    </message>
    <message>
        <source>Create the account; Meta reviews it (Ctrl+S)</source>
        <translation>계정을 만듭니다. Meta에서 검토합니다(Ctrl+S)</translation>
    </message>
    <message>
        <source>Send the corrected details to Meta&apos;s review (Ctrl+S)</source>
        <translation>수정된 세부 정보를 Meta 검토에 보냅니다(Ctrl+S)</translation>
    </message>
    <message>
        <source>Nothing changed: correct a field first.</source>
        <translation>변경된 내용이 없습니다. 먼저 항목을 수정하세요.</translation>
    </message>
    <message>
        <source>Creating the account…</source>
        <translation>계정 만드는 중…</translation>
    </message>
    <message>
        <source>Sending the details…</source>
        <translation>세부 정보 보내는 중…</translation>
    </message>
    <message>
        <source>Account created. Meta reviews the business; its state shows here.</source>
        <translation>계정이 생성되었습니다. Meta에서 비즈니스를 검토하며 상태가 여기에 표시됩니다.</translation>
    </message>
    <message>
        <source>Details sent to Meta&apos;s review.</source>
        <translation>세부 정보를 Meta 검토에 보냈습니다.</translation>
    </message>
    <message>
        <source>Ask Meta to collect analytics of this account&apos;s templates?

Meta then counts how often each template is sent, delivered and read and how often its buttons are clicked; the template list shows the numbers. It cannot be turned off here.</source>
        <translation>Meta에 이 계정의 템플릿 분석 수집을 요청하시겠습니까?

Meta에서 각 템플릿의 발송, 전달, 읽음 횟수와 버튼 클릭 수를 집계하며, 템플릿 목록에 수치가 표시됩니다. 여기에서는 해제할 수 없습니다.</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>사용</translation>
    </message>
    <message>
        <source>Enabling template analytics…</source>
        <translation>템플릿 분석 사용 설정 중…</translation>
    </message>
    <message>
        <source>Template analytics are enabled: Meta collects them from now on.</source>
        <translation>템플릿 분석이 사용 설정되었습니다. 이제부터 Meta에서 수집합니다.</translation>
    </message>
    <message>
        <source>The account could not be read. See the message above.</source>
        <translation>계정을 읽을 수 없습니다. 위의 메시지를 확인하세요.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::ActivityDelegate</name>
    <message>
        <source>%1 by %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>sinch::ui::ActivityFeedView</name>
    <message>
        <source>Activity</source>
        <translation>활동</translation>
    </message>
    <message>
        <source>Activity, newest first</source>
        <translation>활동, 최신순</translation>
    </message>
    <message>
        <source>Comments being posted</source>
        <translation>게시 중인 댓글</translation>
    </message>
    <message>
        <source>Read the activity again</source>
        <translation>활동을 다시 읽습니다</translation>
    </message>
    <message>
        <source>Refresh activity</source>
        <translation>활동 새로 고침</translation>
    </message>
    <message>
        <source>Choose an item to see its activity.</source>
        <translation>활동을 보려면 항목을 선택하세요.</translation>
    </message>
    <message>
        <source>Loading activity…</source>
        <translation>활동 불러오는 중…</translation>
    </message>
    <message>
        <source>The activity could not be read. See the message above.</source>
        <translation>활동을 읽을 수 없습니다. 위의 메시지를 확인하세요.</translation>
    </message>
    <message>
        <source>No activity yet. Comments, edits and review steps appear here.</source>
        <translation>아직 활동이 없습니다. 댓글, 수정, 검토 단계가 여기에 표시됩니다.</translation>
    </message>
    <message>
        <source>Activity of %1</source>
        <translation>%1의 활동</translation>
    </message>
    <message>
        <source>You · sending…</source>
        <translation>나 · 보내는 중…</translation>
    </message>
    <message>
        <source>The comment was not posted: %1 It is back in the box; post it again when you are ready.</source>
        <translation>댓글이 게시되지 않았습니다: %1 입력란에 다시 넣었으니 준비되면 다시 게시하세요.</translation>
    </message>
    <message>
        <source>You</source>
        <translation>나</translation>
    </message>
</context>
<context>
    <name>sinch::ui::AddProjectDialog</name>
    <message>
        <source>Add project</source>
        <translation>프로젝트 추가</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>표시 이름</translation>
    </message>
    <message>
        <source>e.g. Shop production</source>
        <translation>예: 쇼핑몰 운영</translation>
    </message>
    <message>
        <source>Project ID</source>
        <translation>프로젝트 ID</translation>
    </message>
    <message>
        <source>from the Sinch dashboard, Settings → Projects</source>
        <translation>Sinch 대시보드의 Settings → Projects에서 확인</translation>
    </message>
    <message>
        <source>Key ID</source>
        <translation>키 ID</translation>
    </message>
    <message>
        <source>access key ID</source>
        <translation>액세스 키 ID</translation>
    </message>
    <message>
        <source>Key secret</source>
        <translation>키 시크릿</translation>
    </message>
    <message>
        <source>shown once when the key was created</source>
        <translation>키를 만들 때 한 번만 표시됨</translation>
    </message>
    <message>
        <source>Show secret</source>
        <translation>시크릿 표시</translation>
    </message>
    <message>
        <source>Show or hide the secret</source>
        <translation>시크릿 표시 또는 숨기기</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>인증</translation>
    </message>
    <message>
        <source>OAuth 2.0 (recommended)</source>
        <translation>OAuth 2.0(권장)</translation>
    </message>
    <message>
        <source>Basic</source>
        <translation>기본형</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>기본 URL</translation>
    </message>
    <message>
        <source>Token URL</source>
        <translation>토큰 URL</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>표시 이름(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Project ID:</source>
        <translation>프로젝트 ID(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Key ID:</source>
        <translation>키 ID(&amp;K):</translation>
    </message>
    <message>
        <source>Key &amp;secret:</source>
        <translation>키 시크릿(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation>인증(&amp;A):</translation>
    </message>
    <message>
        <source>Ad&amp;vanced</source>
        <translation>고급(&amp;V)</translation>
    </message>
    <message>
        <source>Show advanced settings</source>
        <translation>고급 설정 표시</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>기본 URL(&amp;B):</translation>
    </message>
    <message>
        <source>&amp;Token URL:</source>
        <translation>토큰 URL(&amp;T):</translation>
    </message>
    <message>
        <source>Problems with the entered values</source>
        <translation>입력한 값의 문제</translation>
    </message>
    <message>
        <source>Connection test</source>
        <translation>연결 테스트</translation>
    </message>
    <message>
        <source>Testing</source>
        <translation>테스트 중</translation>
    </message>
    <message>
        <source>&amp;Test and save</source>
        <translation>테스트 후 저장(&amp;T)</translation>
    </message>
    <message>
        <source>Test and save</source>
        <translation>테스트 후 저장</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Edit project</source>
        <translation>프로젝트 수정</translation>
    </message>
    <message>
        <source>enter the key secret</source>
        <translation>키 시크릿 입력</translation>
    </message>
    <message>
        <source>leave empty to keep the current secret</source>
        <translation>현재 시크릿을 유지하려면 비워 두세요</translation>
    </message>
    <message>
        <source>Enter the key secret.</source>
        <translation>키 시크릿을 입력하세요.</translation>
    </message>
    <message>
        <source>Testing the key with %1…</source>
        <translation>%1(으)로 키 테스트 중…</translation>
    </message>
    <message>
        <source>The key works. Saving…</source>
        <translation>키가 작동합니다. 저장 중…</translation>
    </message>
    <message>
        <source>The project could not be saved: %1</source>
        <translation>프로젝트를 저장할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Conversation API region</source>
        <translation>Conversation API 리전</translation>
    </message>
    <message>
        <source>Where the project&apos;s Conversation API apps live: the app lists and test sends go there</source>
        <translation>프로젝트의 Conversation API 앱이 있는 위치: 앱 목록과 테스트 발송이 이곳으로 전송됩니다</translation>
    </message>
    <message>
        <source>Conversation &amp;region:</source>
        <translation>Conversation 리전(&amp;R):</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1(%2)</translation>
    </message>
    <message>
        <source>Other (%1)</source>
        <translation>기타(%1)</translation>
    </message>
    <message>
        <source>The project</source>
        <translation>프로젝트</translation>
    </message>
    <message>
        <source>The new project</source>
        <translation>새 프로젝트</translation>
    </message>
</context>
<context>
    <name>sinch::ui::AlimtalkPreviewRenderer</name>
    <message>
        <source>Image</source>
        <translation>이미지형</translation>
    </message>
    <message>
        <source>KakaoTalk channel</source>
        <translation>카카오톡 채널</translation>
    </message>
    <message>
        <source>Message from %1</source>
        <translation>%1 님의 메시지</translation>
    </message>
    <message>
        <source>AlimTalk arrived</source>
        <translation>알림톡 도착</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>보안</translation>
    </message>
    <message>
        <source>Security message: shown on the main device only</source>
        <translation>보안 메시지: 주 기기에서만 표시됩니다</translation>
    </message>
    <message>
        <source>Image: %1</source>
        <translation>이미지: %1</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>보조 제목</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>메시지 본문</translation>
    </message>
    <message>
        <source>Add this channel to receive its ads and marketing messages on KakaoTalk.</source>
        <translation>카카오톡에서 광고 및 마케팅 메시지를 받으려면 이 채널을 추가하세요.</translation>
    </message>
    <message>
        <source>Button</source>
        <translation>버튼</translation>
    </message>
    <message>
        <source>Button: %1</source>
        <translation>버튼: %1</translation>
    </message>
    <message>
        <source>Sent at %1</source>
        <translation>발송 시각 %1</translation>
    </message>
</context>
<context>
    <name>sinch::ui::AlimtalkPreviewWidget</name>
    <message>
        <source>KakaoTalk</source>
        <translation>KakaoTalk</translation>
    </message>
    <message>
        <source>Show the variables as #{name} instead of their examples</source>
        <translation>변수를 예시 대신 #{name} 형식으로 표시합니다</translation>
    </message>
    <message>
        <source>AlimTalk preview</source>
        <translation>알림톡 미리보기</translation>
    </message>
</context>
<context>
    <name>sinch::ui::AreaListPage</name>
    <message>
        <source>Filter %1 (Ctrl+F)</source>
        <translation>%1 필터(Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter the list</source>
        <translation>목록 필터</translation>
    </message>
    <message>
        <source>%1 list</source>
        <translation>%1 목록</translation>
    </message>
    <message>
        <source>Nothing matches “%1”. Clear the filter (Esc) to see all %2.</source>
        <translation>“%1”과(와) 일치하는 항목이 없습니다. 필터를 지우면(Esc) %2 전체가 표시됩니다.</translation>
    </message>
    <message>
        <source>Choose a project to see its %1.</source>
        <translation>%1을(를) 보려면 프로젝트를 선택하세요.</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>%1 불러오는 중…</translation>
    </message>
</context>
<context>
    <name>sinch::ui::AreaPages</name>
    <message>
        <source>Choose a project to see its activity.</source>
        <translation>활동을 보려면 프로젝트를 선택하세요.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::BannerNotifier</name>
    <message numerus="yes">
        <source>(and %n more)</source>
        <translation>
            <numerusform>(외 %n개)</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation>열기</translation>
    </message>
</context>
<context>
    <name>sinch::ui::BodyPart</name>
    <message>
        <source>Body</source>
        <translation>본문</translation>
    </message>
    <message>
        <source>Add body text</source>
        <translation>본문 텍스트 추가</translation>
    </message>
    <message>
        <source>Add body</source>
        <translation>본문 추가</translation>
    </message>
    <message>
        <source>WhatsApp writes the text of an authentication message itself.</source>
        <translation>인증 메시지의 텍스트는 WhatsApp이 직접 작성합니다.</translation>
    </message>
    <message>
        <source>Add the security recommendation (&quot;Do not share this code&quot;)</source>
        <translation>보안 권장 문구 추가(&quot;이 코드를 공유하지 마세요&quot;)</translation>
    </message>
    <message>
        <source>Body text</source>
        <translation>본문 텍스트</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>굵게</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>기울임꼴</translation>
    </message>
    <message>
        <source>Strikethrough</source>
        <translation>취소선</translation>
    </message>
    <message>
        <source>Monospace</source>
        <translation>고정폭</translation>
    </message>
    <message>
        <source>+ Variable</source>
        <translation>+ 변수</translation>
    </message>
    <message>
        <source>Insert a variable at the cursor (Ctrl+Shift+V)</source>
        <translation>커서 위치에 변수 삽입(Ctrl+Shift+V)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1(%2)</translation>
    </message>
</context>
<context>
    <name>sinch::ui::BulkCloneDialog</name>
    <message numerus="yes">
        <source>Clone %n template(s)</source>
        <translation>
            <numerusform>템플릿 %n개 복제</numerusform>
        </translation>
    </message>
    <message>
        <source>Target project</source>
        <translation>대상 프로젝트</translation>
    </message>
    <message>
        <source>%1 (this project)</source>
        <translation>%1(이 프로젝트)</translation>
    </message>
    <message>
        <source>Target languages</source>
        <translation>대상 언어</translation>
    </message>
    <message>
        <source>Check the languages to clone into; none checked keeps each template&apos;s own language</source>
        <translation>복제할 언어를 선택하세요. 선택하지 않으면 각 템플릿의 원래 언어를 유지합니다</translation>
    </message>
    <message>
        <source>&amp;Submit the clones for review (else they are drafts)</source>
        <translation>복제본을 검토에 제출(&amp;S)(아니면 임시 저장)</translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation>검토 요청</translation>
    </message>
    <message>
        <source>&amp;Target project:</source>
        <translation>대상 프로젝트(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>언어(&amp;L):</translation>
    </message>
    <message>
        <source>Translations</source>
        <translation>번역</translation>
    </message>
    <message>
        <source>Clone</source>
        <translation>복제</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>텍스트</translation>
    </message>
    <message>
        <source>Source text</source>
        <translation>원본 텍스트</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>번역</translation>
    </message>
    <message>
        <source>T&amp;ranslations (each text of a clone into another language; edit the Translation column):</source>
        <translation>번역(&amp;R)(복제본의 각 텍스트를 다른 언어로, 번역 열을 수정하세요):</translation>
    </message>
    <message>
        <source>&amp;Clone</source>
        <translation>복제(&amp;C)</translation>
    </message>
    <message>
        <source>The %1 of %2 in %3</source>
        <translation>%3의 %2 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n clone(s) into %1.</source>
        <translation>
            <numerusform>%1(으)로 복제 %n개.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1(%2)</translation>
    </message>
    <message>
        <source>Left out: %1.</source>
        <translation>제외됨: %1.</translation>
    </message>
    <message>
        <source>Nothing to clone: choose another project or check a language</source>
        <translation>복제할 항목이 없습니다. 다른 프로젝트를 선택하거나 언어를 선택하세요</translation>
    </message>
</context>
<context>
    <name>sinch::ui::BulkJobDialog</name>
    <message>
        <source>Progress</source>
        <translation>진행률</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v/%m</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>C&amp;ancel job</source>
        <translation>작업 취소(&amp;A)</translation>
    </message>
    <message>
        <source>Cancel job</source>
        <translation>작업 취소</translation>
    </message>
    <message>
        <source>Copy &amp;report</source>
        <translation>보고서 복사(&amp;R)</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>보고서 복사</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Cancelled. %1</source>
        <translation>취소되었습니다. %1</translation>
    </message>
    <message>
        <source>Finished. %1</source>
        <translation>완료되었습니다. %1</translation>
    </message>
    <message>
        <source>Check the items marked Unknown on the server before running them again.</source>
        <translation>알 수 없음으로 표시된 항목은 다시 실행하기 전에 서버에서 확인하세요.</translation>
    </message>
    <message>
        <source>Cancelling: waiting for the requests already sent to be answered…</source>
        <translation>취소 중: 이미 보낸 요청의 응답을 기다리는 중…</translation>
    </message>
    <message>
        <source>The server asked to slow down (429): waiting before sending again. %1</source>
        <translation>서버가 속도를 줄이라고 요청했습니다(429). 다시 보내기 전에 대기 중. %1</translation>
    </message>
    <message>
        <source>Running… %1</source>
        <translation>실행 중… %1</translation>
    </message>
    <message>
        <source>Start nothing new; what is already sent finishes and is reported</source>
        <translation>새 작업을 시작하지 않습니다. 이미 보낸 작업은 완료되어 보고됩니다</translation>
    </message>
    <message>
        <source>The job is not running</source>
        <translation>작업이 실행 중이 아닙니다</translation>
    </message>
</context>
<context>
    <name>sinch::ui::BundleForm</name>
    <message>
        <source>Bundle name</source>
        <translation>번들 이름</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>지역</translation>
    </message>
    <message>
        <source>Create a subproject</source>
        <translation>하위 프로젝트 만들기</translation>
    </message>
    <message>
        <source>Create an SMS app</source>
        <translation>SMS 앱 만들기</translation>
    </message>
    <message>
        <source>Create a Conversation API app</source>
        <translation>Conversation API 앱 만들기</translation>
    </message>
    <message>
        <source>Conversation app name</source>
        <translation>Conversation 앱 이름</translation>
    </message>
    <message>
        <source>Processing mode</source>
        <translation>처리 모드</translation>
    </message>
    <message>
        <source>Retention policy</source>
        <translation>보존 정책</translation>
    </message>
    <message>
        <source>Retention days</source>
        <translation>보존 기간(일)</translation>
    </message>
    <message>
        <source>Names the subproject and apps unless they have their own</source>
        <translation>별도 이름이 없으면 하위 프로젝트와 앱 이름으로 사용됩니다</translation>
    </message>
    <message>
        <source>The bundle&apos;s name when empty</source>
        <translation>비어 있으면 번들 이름</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 일</translation>
    </message>
    <message>
        <source>&amp;App name</source>
        <translation>앱 이름(&amp;A)</translation>
    </message>
    <message>
        <source>Processing &amp;mode</source>
        <translation>처리 모드(&amp;M)</translation>
    </message>
    <message>
        <source>Retention p&amp;olicy</source>
        <translation>보존 정책(&amp;O)</translation>
    </message>
    <message>
        <source>Retention &amp;time</source>
        <translation>보존 기간(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>이름(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>리전(&amp;R)</translation>
    </message>
    <message>
        <source>%1 to %2 days</source>
        <translation>%1~%2일</translation>
    </message>
    <message>
        <source>Choose at least one thing for the bundle to create.</source>
        <translation>번들에서 만들 항목을 하나 이상 선택하세요.</translation>
    </message>
    <message>
        <source>Enter a name: the subproject and apps are named after the bundle.</source>
        <translation>이름을 입력하세요. 하위 프로젝트와 앱 이름은 번들 이름을 따릅니다.</translation>
    </message>
    <message>
        <source>Brazil (BR)</source>
        <translation>브라질 (BR)</translation>
    </message>
    <message>
        <source>Europe (EU)</source>
        <translation>유럽 (EU)</translation>
    </message>
    <message>
        <source>United States (US)</source>
        <translation>미국 (US)</translation>
    </message>
    <message>
        <source>Where the resources are created</source>
        <translation>리소스가 생성될 위치</translation>
    </message>
    <message>
        <source>Choose a region: the bundle&apos;s subproject and apps are created there.</source>
        <translation>지역을 선택하세요. 번들의 하위 프로젝트와 앱이 그곳에 생성됩니다.</translation>
    </message>
    <message>
        <source>Also names the subproject and apps</source>
        <translation>하위 프로젝트와 앱의 이름으로도 사용됩니다</translation>
    </message>
    <message>
        <source>%1 is %2 characters long; the most is %3.</source>
        <translation>%1의 길이는 %2자입니다. 최대 %3자까지 가능합니다.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::BundleView</name>
    <message>
        <source>Field</source>
        <translation>필드</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>&amp;Copy value</source>
        <translation>값 복사(&amp;C)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>지역</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Project ID</source>
        <translation>프로젝트 ID</translation>
    </message>
    <message>
        <source>Subproject</source>
        <translation>하위 프로젝트</translation>
    </message>
    <message>
        <source>Parent project ID</source>
        <translation>상위 프로젝트 ID</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>레이블</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>SMS app</source>
        <translation>SMS 앱</translation>
    </message>
    <message>
        <source>SMS service ID</source>
        <translation>SMS 서비스 ID</translation>
    </message>
    <message>
        <source>Access tokens</source>
        <translation>액세스 토큰</translation>
    </message>
    <message>
        <source>Conversation app</source>
        <translation>Conversation 앱</translation>
    </message>
    <message>
        <source>Processing mode</source>
        <translation>처리 모드</translation>
    </message>
    <message>
        <source>Retention policy</source>
        <translation>보존 정책</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>정책</translation>
    </message>
    <message>
        <source>Days kept</source>
        <translation>보관 일수</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation>웹훅</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>대상</translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation>트리거</translation>
    </message>
    <message>
        <source>Webhooks told it is done</source>
        <translation>완료를 알린 웹훅</translation>
    </message>
    <message>
        <source>Webhook ID</source>
        <translation>웹훅 ID</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>HTTP 상태</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>오류</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
</context>
<context>
    <name>sinch::ui::BundlesPage</name>
    <message>
        <source>Create bundle</source>
        <translation>번들 만들기</translation>
    </message>
    <message>
        <source>Show bundle</source>
        <translation>번들 표시</translation>
    </message>
    <message>
        <source>Bundles</source>
        <translation>번들</translation>
    </message>
    <message>
        <source>New bundle</source>
        <translation>새 번들</translation>
    </message>
    <message>
        <source>Bundle ID</source>
        <translation>번들 ID</translation>
    </message>
    <message>
        <source>Bundle details</source>
        <translation>번들 세부 정보</translation>
    </message>
    <message>
        <source>Create a bundle, or enter a bundle&apos;s ID and press Enter.</source>
        <translation>번들을 만들거나 번들 ID를 입력하고 Enter 키를 누르세요.</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>번들</translation>
    </message>
    <message>
        <source>This form has created a bundle: change a field to create another.</source>
        <translation>이 양식으로 번들을 이미 만들었습니다. 다른 번들을 만들려면 필드를 변경하세요.</translation>
    </message>
    <message>
        <source>Bundle created (%1). The server may still be creating its parts: Show bundle reads its state again. To create another, change the form first.</source>
        <translation>번들을 만들었습니다(%1). 서버가 아직 구성 요소를 만드는 중일 수 있습니다. &quot;번들 표시&quot;를 누르면 상태를 다시 읽습니다. 다른 번들을 만들려면 먼저 양식을 변경하세요.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::ButtonFields</name>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>코드 복사</translation>
    </message>
    <message>
        <source>Choose a flow</source>
        <translation>Flow 선택</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1(%2)</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>유형:</translation>
    </message>
    <message>
        <source>Button %1 </source>
        <translation>버튼 %1 </translation>
    </message>
    <message>
        <source>Button %1 (%2):</source>
        <translation>버튼 %1(%2):</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>텍스트(&amp;T):</translation>
    </message>
    <message>
        <source>text</source>
        <translation>텍스트</translation>
    </message>
    <message>
        <source>Up to 25 characters</source>
        <translation>최대 25자</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>URL:</translation>
    </message>
    <message>
        <source>https://shop.example.com/track/{{1}}</source>
        <translation>https://shop.example.com/track/{{1}}</translation>
    </message>
    <message>
        <source>Example URL:</source>
        <translation>예시 URL:</translation>
    </message>
    <message>
        <source>example URL</source>
        <translation>예시 URL</translation>
    </message>
    <message>
        <source>Needed when the URL ends with {{1}}</source>
        <translation>URL이 {{1}}로 끝날 때 필요합니다</translation>
    </message>
    <message>
        <source>Phone number:</source>
        <translation>전화번호:</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>전화번호</translation>
    </message>
    <message>
        <source>+46701234567</source>
        <translation>+46701234567</translation>
    </message>
    <message>
        <source>One tap autofill</source>
        <translation>원탭 자동 입력</translation>
    </message>
    <message>
        <source>Zero tap</source>
        <translation>제로탭</translation>
    </message>
    <message>
        <source>&amp;Code delivery:</source>
        <translation>코드 전달 방식(&amp;C):</translation>
    </message>
    <message>
        <source>One-time password type</source>
        <translation>일회용 비밀번호 유형</translation>
    </message>
    <message>
        <source>Autofill text:</source>
        <translation>자동 입력 텍스트:</translation>
    </message>
    <message>
        <source>Autofill text</source>
        <translation>자동 입력 텍스트</translation>
    </message>
    <message>
        <source>App package:</source>
        <translation>앱 패키지:</translation>
    </message>
    <message>
        <source>Supported app package name</source>
        <translation>지원 앱 패키지 이름</translation>
    </message>
    <message>
        <source>com.example.app</source>
        <translation>com.example.app</translation>
    </message>
    <message>
        <source>Signature hash:</source>
        <translation>서명 해시:</translation>
    </message>
    <message>
        <source>Supported app signature hash</source>
        <translation>지원 앱 서명 해시</translation>
    </message>
    <message>
        <source>I accept the zero-tap terms of service</source>
        <translation>제로탭 서비스 약관에 동의합니다</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Flow</translation>
    </message>
    <message>
        <source>F&amp;low:</source>
        <translation>Flow(&amp;L):</translation>
    </message>
    <message>
        <source>Navigate to a screen</source>
        <translation>화면으로 이동</translation>
    </message>
    <message>
        <source>Data exchange</source>
        <translation>데이터 교환</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>작업:</translation>
    </message>
    <message>
        <source>Flow action</source>
        <translation>Flow 작업</translation>
    </message>
    <message>
        <source>Screen:</source>
        <translation>화면:</translation>
    </message>
    <message>
        <source>Flow screen</source>
        <translation>Flow 화면</translation>
    </message>
</context>
<context>
    <name>sinch::ui::ButtonPart</name>
    <message>
        <source>Button %1</source>
        <translation>버튼 %1</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>위로 이동</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>아래로 이동</translation>
    </message>
    <message>
        <source>Remove button</source>
        <translation>버튼 삭제</translation>
    </message>
    <message>
        <source>Remove button %1</source>
        <translation>버튼 %1 삭제</translation>
    </message>
</context>
<context>
    <name>sinch::ui::ButtonsPart</name>
    <message>
        <source>Buttons</source>
        <translation>버튼</translation>
    </message>
    <message>
        <source>No buttons yet. Add up to 10; quick replies stay together.</source>
        <translation>아직 버튼이 없습니다. 최대 10개까지 추가할 수 있으며 빠른 답장은 함께 배치됩니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n button(s). Select one in the outline to edit it; drag or Alt+Up/Down to reorder.</source>
        <translation>
            <numerusform>버튼 %n개. 개요에서 버튼을 선택하여 수정하고, 드래그하거나 Alt+위/아래 키로 순서를 바꾸세요.</numerusform>
        </translation>
    </message>
    <message>
        <source>+ %1</source>
        <translation>+ %1</translation>
    </message>
    <message>
        <source>Remove all buttons</source>
        <translation>모든 버튼 삭제</translation>
    </message>
    <message>
        <source>Remove buttons</source>
        <translation>버튼 삭제</translation>
    </message>
</context>
<context>
    <name>sinch::ui::CardPart</name>
    <message>
        <source>Card %1 of %2</source>
        <translation>카드 %1/%2</translation>
    </message>
    <message>
        <source>The cards differ in structure; WhatsApp needs them alike.</source>
        <translation>카드 구성이 서로 다릅니다. WhatsApp에서는 모든 카드가 같아야 합니다.</translation>
    </message>
    <message>
        <source>Apply this card&apos;s structure to all cards</source>
        <translation>이 카드의 구성을 모든 카드에 적용</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>이미지형</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>동영상</translation>
    </message>
    <message>
        <source>Media:</source>
        <translation>미디어:</translation>
    </message>
    <message>
        <source>Card %1 media format</source>
        <translation>카드 %1 미디어 형식</translation>
    </message>
    <message>
        <source>Media URL:</source>
        <translation>미디어 URL:</translation>
    </message>
    <message>
        <source>Card %1 media URL</source>
        <translation>카드 %1 미디어 URL</translation>
    </message>
    <message>
        <source>https://cdn.example.com/picture.jpg</source>
        <translation>https://cdn.example.com/picture.jpg</translation>
    </message>
    <message>
        <source>Card %1 text</source>
        <translation>카드 %1 텍스트</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>텍스트:</translation>
    </message>
    <message>
        <source>Remove button %1</source>
        <translation>버튼 %1 삭제</translation>
    </message>
    <message>
        <source>Remove button %1 of card %2</source>
        <translation>카드 %2의 버튼 %1 삭제</translation>
    </message>
    <message>
        <source>Remove card button</source>
        <translation>카드 버튼 삭제</translation>
    </message>
    <message>
        <source>+ %1</source>
        <translation>+ %1</translation>
    </message>
    <message>
        <source>Duplicate card</source>
        <translation>카드 복제</translation>
    </message>
    <message>
        <source>Move left</source>
        <translation>왼쪽으로 이동</translation>
    </message>
    <message>
        <source>Move right</source>
        <translation>오른쪽으로 이동</translation>
    </message>
    <message>
        <source>Remove card</source>
        <translation>카드 삭제</translation>
    </message>
    <message>
        <source>Remove card %1</source>
        <translation>카드 %1 삭제</translation>
    </message>
    <message>
        <source>Card %1</source>
        <translation>카드 %1</translation>
    </message>
</context>
<context>
    <name>sinch::ui::CarouselPart</name>
    <message>
        <source>Carousel</source>
        <translation>캐러셀</translation>
    </message>
    <message>
        <source>Not a carousel. A carousel shows 1 to 10 cards after the body, each with media, text and buttons.</source>
        <translation>캐러셀이 아닙니다. 캐러셀은 본문 뒤에 카드를 1~10개 표시하며 각 카드에는 미디어, 텍스트, 버튼이 있습니다.</translation>
    </message>
    <message>
        <source>Make this a carousel</source>
        <translation>캐러셀로 만들기</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s). Every card has the same header format and buttons.</source>
        <translation>
            <numerusform>카드 %n개. 모든 카드의 헤더 형식과 버튼이 같습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add card</source>
        <translation>카드 추가</translation>
    </message>
    <message>
        <source>Remove carousel</source>
        <translation>캐러셀 삭제</translation>
    </message>
</context>
<context>
    <name>sinch::ui::CatalogueExportAction</name>
    <message>
        <source>Export &amp;catalogue…</source>
        <translation>카탈로그 내보내기(&amp;C)…</translation>
    </message>
    <message>
        <source>Print the current project&apos;s WhatsApp templates as previews on a PDF contact sheet</source>
        <translation>현재 프로젝트의 WhatsApp 템플릿 미리보기를 PDF 목록으로 출력합니다</translation>
    </message>
    <message>
        <source>Choose a project that is ready first</source>
        <translation>먼저 준비된 프로젝트를 선택하세요</translation>
    </message>
</context>
<context>
    <name>sinch::ui::CatalogueExportDialog</name>
    <message>
        <source>Any</source>
        <translation>전체</translation>
    </message>
    <message>
        <source>Export catalogue</source>
        <translation>카탈로그 내보내기</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>카테고리</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>페이지</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>밝게</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>어둡게</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>상태(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>카테고리(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>언어(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Pages:</source>
        <translation>페이지(&amp;P):</translation>
    </message>
    <message>
        <source>PDF file</source>
        <translation>PDF 파일</translation>
    </message>
    <message>
        <source>%1 templates.pdf</source>
        <translation>%1 templates.pdf</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>찾아보기(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>파일(&amp;F):</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>내보내기 진행률</translation>
    </message>
    <message>
        <source>Every template of %1 that matches the filters, one phone preview each, with contents by name.</source>
        <translation>필터와 일치하는 %1의 모든 템플릿을 템플릿마다 휴대폰 미리보기 하나씩, 이름순 목차와 함께 출력합니다.</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>내보내기(&amp;E)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <source>Browse</source>
        <translation>찾아보기</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>An export is running</source>
        <translation>내보내기가 진행 중입니다</translation>
    </message>
    <message>
        <source>Choose the PDF file to write first</source>
        <translation>먼저 저장할 PDF 파일을 선택하세요</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>취소(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>닫기(&amp;C)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Reading templates… %1</source>
        <translation>템플릿 읽는 중… %1</translation>
    </message>
    <message>
        <source>The templates could not be read: %1 Try again, or check the project&apos;s settings.</source>
        <translation>템플릿을 읽을 수 없습니다: %1 다시 시도하거나 프로젝트 설정을 확인하세요.</translation>
    </message>
    <message>
        <source>Reading templates…</source>
        <translation>템플릿 읽는 중…</translation>
    </message>
    <message>
        <source>No template matches these filters: nothing was written.</source>
        <translation>필터와 일치하는 템플릿이 없어 아무것도 저장하지 않았습니다.</translation>
    </message>
    <message>
        <source>%1 · WhatsApp templates</source>
        <translation>%1 · WhatsApp 템플릿</translation>
    </message>
    <message numerus="yes">
        <source>%n template(s), %1</source>
        <translation>
            <numerusform>템플릿 %n개, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Drawing %n template(s)…</source>
        <translation>
            <numerusform>템플릿 %n개 그리는 중…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: no file was written.</source>
        <translation>취소됨: 파일을 저장하지 않았습니다.</translation>
    </message>
    <message>
        <source>The catalogue could not be written: %1. Choose another file.</source>
        <translation>카탈로그를 저장할 수 없습니다: %1. 다른 파일을 선택하세요.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n template(s) on %1 pages to %2.</source>
        <translation>
            <numerusform>템플릿 %n개를 %1페이지로 %2에 저장했습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sinch::ui::ChangeList</name>
    <message>
        <source>Approved</source>
        <translation>승인됨</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>수정됨</translation>
    </message>
    <message>
        <source>Changed fields</source>
        <translation>변경된 필드</translation>
    </message>
    <message>
        <source>+ %1: %2</source>
        <translation>+ %1: %2</translation>
    </message>
    <message>
        <source>− %1: was %2</source>
        <translation>− %1: 이전 값 %2</translation>
    </message>
    <message>
        <source>~ %1: %2 → %3</source>
        <translation>~ %1: %2 → %3</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>추가됨</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>삭제됨</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>변경됨</translation>
    </message>
    <message>
        <source>%1: %2
%3: %4
%5: %6</source>
        <translation>%1: %2
%3: %4
%5: %6</translation>
    </message>
    <message>
        <source>No changes: the same content as the approved version.</source>
        <translation>변경 사항 없음: 승인된 버전과 내용이 같습니다.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::ChangesDiffDialog</name>
    <message>
        <source>Pending changes</source>
        <translation>대기 중인 변경 사항</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>승인됨</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Compare with approved — %1</source>
        <translation>승인된 버전과 비교 — %1</translation>
    </message>
    <message>
        <source>Approved version</source>
        <translation>승인된 버전</translation>
    </message>
    <message>
        <source>The pending changes (%1) have the same content as the approved version.</source>
        <translation>대기 중인 변경 사항(%1)이 승인된 버전과 내용이 같습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) only in the approved version (−), </source>
        <translation>
            <numerusform>승인된 버전에만 있는 줄 %n개(−), </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) only in the pending changes (+).</source>
        <translation>
            <numerusform>대기 중인 변경 사항에만 있는 줄 %n개(+).</numerusform>
        </translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <source>Changed &amp;fields:</source>
        <translation>변경된 필드(&amp;F):</translation>
    </message>
    <message>
        <source>Only in the pending changes</source>
        <translation>대기 중인 변경 사항에만 있음</translation>
    </message>
    <message>
        <source>Only in the approved version</source>
        <translation>승인된 버전에만 있음</translation>
    </message>
    <message>
        <source>&lt;b&gt;Approved&lt;/b&gt;</source>
        <translation>&lt;b&gt;승인됨&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Pending changes&lt;/b&gt; (%1)</source>
        <translation>&lt;b&gt;대기 중인 변경&lt;/b&gt; (%1)</translation>
    </message>
</context>
<context>
    <name>sinch::ui::ChannelSection</name>
    <message>
        <source>%1 status</source>
        <translation>%1 상태</translation>
    </message>
    <message>
        <source>Enter a Conversation app ID to see its %1 channel.</source>
        <translation>%1 채널을 보려면 Conversation 앱 ID를 입력하세요.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>불러오는 중…</translation>
    </message>
    <message>
        <source>No %1 channel on this app.</source>
        <translation>이 앱에 %1 채널이 없습니다.</translation>
    </message>
    <message>
        <source>No such app.</source>
        <translation>해당 앱이 없습니다.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>사용자 이름</translation>
    </message>
    <message>
        <source>Biography</source>
        <translation>소개</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>팔로워</translation>
    </message>
    <message>
        <source>Following</source>
        <translation>팔로잉</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>게시물</translation>
    </message>
    <message>
        <source>Profile picture</source>
        <translation>프로필 사진</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>웹사이트</translation>
    </message>
    <message>
        <source>Global brand page</source>
        <translation>글로벌 브랜드 페이지</translation>
    </message>
    <message>
        <source>Can join groups</source>
        <translation>그룹 참여 가능</translation>
    </message>
    <message>
        <source>Reads all group messages</source>
        <translation>모든 그룹 메시지 읽기</translation>
    </message>
    <message>
        <source>Supports inline queries</source>
        <translation>인라인 쿼리 지원</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>카테고리</translation>
    </message>
    <message>
        <source>Subcategory</source>
        <translation>하위 카테고리</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>국가</translation>
    </message>
    <message>
        <source>Subscribers</source>
        <translation>구독자</translation>
    </message>
    <message>
        <source>Bot URI</source>
        <translation>봇 URI</translation>
    </message>
</context>
<context>
    <name>sinch::ui::ChannelsPage</name>
    <message>
        <source>Show channels</source>
        <translation>채널 표시</translation>
    </message>
    <message>
        <source>Conversation API channels</source>
        <translation>Conversation API 채널</translation>
    </message>
    <message>
        <source>Conversation app ID</source>
        <translation>Conversation 앱 ID</translation>
    </message>
    <message>
        <source>&amp;App</source>
        <translation>앱(&amp;A)</translation>
    </message>
    <message>
        <source>This project has no Conversation app with the ID “%1”. Check the ID, or choose one of the project&apos;s apps from the list.</source>
        <translation>이 프로젝트에는 ID가 “%1”인 Conversation 앱이 없습니다. ID를 확인하거나 목록에서 프로젝트의 앱을 선택하세요.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::ColumnChooser</name>
    <message>
        <source>Columns</source>
        <translation>열</translation>
    </message>
</context>
<context>
    <name>sinch::ui::CommentBox</name>
    <message>
        <source>Post comment</source>
        <translation>댓글 게시</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>댓글</translation>
    </message>
    <message>
        <source>Write a comment for the reviewers and your team (Ctrl+Enter posts it)</source>
        <translation>검토자와 팀에게 댓글을 작성하세요(Ctrl+Enter로 게시)</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) too long</source>
        <translation>
            <numerusform>%n자 초과</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) left</source>
        <translation>
            <numerusform>%n자 남음</numerusform>
        </translation>
    </message>
    <message>
        <source>Post comment (in the comment box)</source>
        <translation>댓글 게시 (댓글 입력란에서)</translation>
    </message>
</context>
<context>
    <name>sinch::ui::CompareDialog</name>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Compare analytics</source>
        <translation>분석 비교</translation>
    </message>
    <message>
        <source>Timeframe</source>
        <translation>기간</translation>
    </message>
    <message numerus="yes">
        <source>Last %n day(s)</source>
        <translation>
            <numerusform>최근 %n일</numerusform>
        </translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>비교</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>템플릿</translation>
    </message>
    <message>
        <source>Messages sent</source>
        <translation>발송된 메시지</translation>
    </message>
    <message>
        <source>Block rate rank</source>
        <translation>차단율 순위</translation>
    </message>
    <message>
        <source>Top block reason</source>
        <translation>주요 차단 사유</translation>
    </message>
    <message>
        <source>Comparison error</source>
        <translation>비교 오류</translation>
    </message>
    <message>
        <source>&amp;Timeframe:</source>
        <translation>기간(&amp;T):</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>비교 중…</translation>
    </message>
    <message>
        <source>Block rate rank 1 is the template people block most often in this timeframe.</source>
        <translation>차단율 순위 1위는 이 기간에 가장 자주 차단된 템플릿입니다.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::ConversationAppPicker</name>
    <message>
        <source>Filter by Conversation app</source>
        <translation>Conversation 앱으로 필터링</translation>
    </message>
    <message>
        <source>Conversation app</source>
        <translation>Conversation 앱</translation>
    </message>
    <message>
        <source>Conversation app ID</source>
        <translation>Conversation 앱 ID</translation>
    </message>
    <message>
        <source>Choose an app, or type its ID, e.g. 01H8X3N6R7T5Y2V9W4Z0QK1M3P</source>
        <translation>앱을 선택하거나 ID를 입력하세요(예: 01H8X3N6R7T5Y2V9W4Z0QK1M3P)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Reading the project&apos;s Conversation apps…</source>
        <translation>프로젝트의 Conversation 앱 읽는 중…</translation>
    </message>
    <message>
        <source>All apps</source>
        <translation>모든 앱</translation>
    </message>
    <message>
        <source>App ID %1</source>
        <translation>앱 ID %1</translation>
    </message>
    <message>
        <source>The apps could not be read (%1). Type the app ID by hand.</source>
        <translation>앱을 읽을 수 없습니다(%1). 앱 ID를 직접 입력하세요.</translation>
    </message>
    <message>
        <source>The apps could not be read (%1).</source>
        <translation>앱을 읽을 수 없습니다(%1).</translation>
    </message>
    <message>
        <source>Type the Conversation app ID.</source>
        <translation>Conversation 앱 ID를 입력하세요.</translation>
    </message>
    <message numerus="yes">
        <source>Choose one of the project&apos;s %n app(s), or type an app ID.</source>
        <translation>
            <numerusform>프로젝트의 앱 %n개 중 하나를 선택하거나 앱 ID를 입력하세요.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show only the senders connected to one Conversation app</source>
        <translation>Conversation 앱 하나에 연결된 발신자만 표시</translation>
    </message>
    <message>
        <source>The apps could not be read: type the app ID, e.g. 01H8X3N6R7T5Y2V9W4Z0QK1M3P</source>
        <translation>앱을 읽을 수 없습니다. 앱 ID를 입력하세요(예: 01H8X3N6R7T5Y2V9W4Z0QK1M3P)</translation>
    </message>
</context>
<context>
    <name>sinch::ui::DocumentController</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 (unsaved changes)</source>
        <translation>%1(저장되지 않은 변경 사항)</translation>
    </message>
    <message>
        <source>Restore drafts</source>
        <translation>임시 저장본 복원</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>복원</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>문서</translation>
    </message>
    <message>
        <source>Document tabs</source>
        <translation>문서 탭</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>종료</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) have unsaved changes.</source>
        <translation>
            <numerusform>문서 %n개에 저장하지 않은 변경 사항이 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>They are kept as drafts, and the console offers them back when it starts again.</source>
        <translation>초안으로 보관되며, 콘솔을 다시 시작하면 다시 열 수 있도록 제안합니다.</translation>
    </message>
    <message>
        <source>Keep drafts and quit</source>
        <translation>초안 보관 후 종료</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) had unsaved changes when the console last closed. Open them again?</source>
        <translation>
            <numerusform>콘솔을 마지막으로 닫을 때 문서 %n개에 저장하지 않은 변경 사항이 있었습니다. 다시 여시겠습니까?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sinch::ui::DocumentPage</name>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>%1 as JSON</source>
        <translation>%1 JSON</translation>
    </message>
    <message>
        <source>Choose a project first.</source>
        <translation>먼저 프로젝트를 선택하세요.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>불러오는 중…</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>%1 기준</translation>
    </message>
    <message>
        <source>Choose a project to see its activity.</source>
        <translation>활동을 보려면 프로젝트를 선택하세요.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::DocumentTab</name>
    <message>
        <source>Close document</source>
        <translation>문서 닫기</translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved. Close it and lose them?</source>
        <translation>“%1”에 저장되지 않은 변경 사항이 있습니다. 닫고 변경 사항을 버리시겠습니까?</translation>
    </message>
</context>
<context>
    <name>sinch::ui::EditSession</name>
    <message>
        <source>Edit %1</source>
        <translation>%1 수정</translation>
    </message>
</context>
<context>
    <name>sinch::ui::EditStatusLabel</name>
    <message>
        <source>Change status</source>
        <translation>변경 상태</translation>
    </message>
    <message>
        <source>No unsaved changes</source>
        <translation>저장되지 않은 변경 사항 없음</translation>
    </message>
    <message numerus="yes">
        <source>%n unsaved change(s)</source>
        <translation>
            <numerusform>저장되지 않은 변경 사항 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source> · autosaved %1</source>
        <translation> · %1에 자동 저장됨</translation>
    </message>
</context>
<context>
    <name>sinch::ui::EditorFrame</name>
    <message>
        <source>Save draft</source>
        <translation>임시 저장</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>실행 취소</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>다시 실행</translation>
    </message>
</context>
<context>
    <name>sinch::ui::EditorListPage</name>
    <message>
        <source>Cancel goes back to the editor, where they are kept.</source>
        <translation>취소를 누르면 변경 사항이 남아 있는 편집기로 돌아갑니다.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::ExampleRows</name>
    <message>
        <source>Examples: what reviewers see in place of each variable.</source>
        <translation>예시: 검토자가 각 변수 자리에서 보게 될 값입니다.</translation>
    </message>
    <message>
        <source>Example of {{1}}:</source>
        <translation>{{1}}의 예시:</translation>
    </message>
    <message>
        <source>Example of header variable 1</source>
        <translation>헤더 변수 1의 예시</translation>
    </message>
    <message>
        <source>Example of variable %1</source>
        <translation>변수 %1의 예시</translation>
    </message>
    <message>
        <source>%1 example of variable %2</source>
        <translation>%1 변수 %2 예시</translation>
    </message>
</context>
<context>
    <name>sinch::ui::ExportProjectDialog</name>
    <message>
        <source>Export folder</source>
        <translation>내보내기 폴더</translation>
    </message>
    <message>
        <source>Export into folder</source>
        <translation>폴더로 내보내기</translation>
    </message>
    <message>
        <source>Export project</source>
        <translation>프로젝트 내보내기</translation>
    </message>
    <message>
        <source>Writes every resource of &lt;b&gt;%1&lt;/b&gt; (%2) as JSON files with a manifest: account, senders, templates, flows, KakaoTalk and RCS senders, webhooks and activities. No secret or token is written. Exporting into the same folder again rewrites only what changed.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;(%2)의 모든 리소스(계정, 발신자, 템플릿, Flows, KakaoTalk 및 RCS 발신자, 웹훅, 활동)를 매니페스트와 함께 JSON 파일로 저장합니다. 시크릿이나 토큰은 저장되지 않습니다. 같은 폴더로 다시 내보내면 변경된 내용만 다시 씁니다.</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>폴더(&amp;F):</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>내보내기 진행률</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>내보내기 상태</translation>
    </message>
    <message>
        <source>What could not be exported</source>
        <translation>내보내지 못한 항목</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>내보내기(&amp;E)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>취소 중…</translation>
    </message>
    <message>
        <source>Reading the project…</source>
        <translation>프로젝트 읽는 중…</translation>
    </message>
    <message>
        <source>Read %1 of %2: %3</source>
        <translation>%1/%2 읽음: %3</translation>
    </message>
    <message>
        <source>Cancelled. Files written before it stopped: %1. The folder&apos;s manifest says the export is incomplete.</source>
        <translation>취소되었습니다. 중단 전에 저장된 파일: %1. 폴더의 매니페스트에 내보내기가 완료되지 않았다고 표시됩니다.</translation>
    </message>
    <message>
        <source>Done in %1 s. Files: %2 (%3 written, %4 unchanged, %5 removed).</source>
        <translation>%1초 만에 완료. 파일: %2개(저장 %3, 변경 없음 %4, 삭제 %5).</translation>
    </message>
    <message>
        <source>Parts that could not be read: %1 (below); the rest was written. Export again to retry them.</source>
        <translation>읽지 못한 부분: %1(아래 참고). 나머지는 저장되었습니다. 다시 내보내면 재시도합니다.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The export is running</source>
        <translation>내보내기가 진행 중입니다</translation>
    </message>
    <message>
        <source>Type or choose the folder to export into first</source>
        <translation>먼저 내보낼 폴더를 입력하거나 선택하세요</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>취소(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>닫기(&amp;C)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>sinch::ui::FindingsList</name>
    <message>
        <source>Findings</source>
        <translation>검사 결과</translation>
    </message>
    <message>
        <source>%1
(%2)</source>
        <translation>%1
(%2)</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>문제가 없습니다.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>sinch::ui::FlowsPage</name>
    <message>
        <source>Choose a flow to see its screens.</source>
        <translation>화면을 보려면 Flow를 선택하세요.</translation>
    </message>
    <message>
        <source>Flow name</source>
        <translation>Flow 이름</translation>
    </message>
    <message>
        <source>Flow status</source>
        <translation>Flow 상태</translation>
    </message>
    <message>
        <source>Flow ID</source>
        <translation>Flow ID</translation>
    </message>
    <message>
        <source>Screens</source>
        <translation>화면</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>이름:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>상태:</translation>
    </message>
    <message>
        <source>ID:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <source>&amp;Screens:</source>
        <translation>화면(&amp;S):</translation>
    </message>
    <message>
        <source>Loading the screens…</source>
        <translation>화면 불러오는 중…</translation>
    </message>
    <message>
        <source>This flow has no screens yet: add them in WhatsApp Manager.</source>
        <translation>이 Flow에는 아직 화면이 없습니다. WhatsApp 관리자에서 추가하세요.</translation>
    </message>
    <message>
        <source>The screens could not be read: %1</source>
        <translation>화면을 읽을 수 없습니다: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n screen(s), in the flow&apos;s order. A flow button that navigates opens one of them.</source>
        <translation>
            <numerusform>화면 %n개(Flow 순서). 이동하는 Flow 버튼은 이 중 하나를 엽니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sinch::ui::FolderField</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>찾아보기(&amp;B)…</translation>
    </message>
    <message>
        <source>Browse for %1</source>
        <translation>%1 찾아보기</translation>
    </message>
    <message>
        <source>Choose the folder in a file dialog</source>
        <translation>파일 대화상자에서 폴더 선택</translation>
    </message>
    <message>
        <source>Type a folder, or choose one with Browse</source>
        <translation>폴더를 입력하거나 찾아보기로 선택하세요</translation>
    </message>
</context>
<context>
    <name>sinch::ui::FooterPart</name>
    <message>
        <source>Footer</source>
        <translation>바닥글</translation>
    </message>
    <message>
        <source>No footer.</source>
        <translation>바닥글 없음.</translation>
    </message>
    <message>
        <source>Add code expiry</source>
        <translation>코드 만료 추가</translation>
    </message>
    <message>
        <source>Add footer</source>
        <translation>바닥글 추가</translation>
    </message>
    <message>
        <source>Code expires after minutes</source>
        <translation>코드 만료 시간(분)</translation>
    </message>
    <message>
        <source>Not shown</source>
        <translation>표시 안 함</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 분</translation>
    </message>
    <message>
        <source>Code &amp;expires after:</source>
        <translation>코드 만료 시간(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>텍스트(&amp;T):</translation>
    </message>
    <message>
        <source>Footer text</source>
        <translation>바닥글 텍스트</translation>
    </message>
    <message>
        <source>Up to 60 characters, no variables</source>
        <translation>최대 60자, 변수 사용 불가</translation>
    </message>
    <message>
        <source>Remove footer</source>
        <translation>바닥글 삭제</translation>
    </message>
</context>
<context>
    <name>sinch::ui::HeaderPart</name>
    <message>
        <source>Header</source>
        <translation>헤더</translation>
    </message>
    <message>
        <source>Header format</source>
        <translation>헤더 형식</translation>
    </message>
    <message>
        <source>None</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>형식(&amp;F):</translation>
    </message>
    <message>
        <source>No header. Choose a format to add a text, image, video, document or location header.</source>
        <translation>헤더가 없습니다. 형식을 선택하여 텍스트, 이미지, 동영상, 문서 또는 위치 헤더를 추가하세요.</translation>
    </message>
    <message>
        <source>Header text</source>
        <translation>헤더 텍스트</translation>
    </message>
    <message>
        <source>Up to 60 characters</source>
        <translation>최대 60자</translation>
    </message>
    <message>
        <source>+ Variable</source>
        <translation>+ 변수</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>텍스트(&amp;T):</translation>
    </message>
    <message>
        <source>The location is chosen when the message is sent.</source>
        <translation>위치는 메시지를 보낼 때 선택합니다.</translation>
    </message>
    <message>
        <source>Media &amp;URL:</source>
        <translation>미디어 URL(&amp;U):</translation>
    </message>
    <message>
        <source>Header media example URL</source>
        <translation>헤더 미디어 예시 URL</translation>
    </message>
    <message>
        <source>https://cdn.example.com/picture.jpg</source>
        <translation>https://cdn.example.com/picture.jpg</translation>
    </message>
    <message>
        <source>An example file reviewers can open: JPEG or PNG up to 5 MB, MP4 up to 16 MB, PDF up to 100 MB.</source>
        <translation>검토자가 열어 볼 수 있는 예시 파일: 5MB 이하 JPEG 또는 PNG, 16MB 이하 MP4, 100MB 이하 PDF.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::ImportProjectDialog</name>
    <message>
        <source>Export folder to import</source>
        <translation>가져올 내보내기 폴더</translation>
    </message>
    <message>
        <source>Import from folder</source>
        <translation>폴더에서 가져오기</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>계획(&amp;P)</translation>
    </message>
    <message>
        <source>Webhook &amp;secret:</source>
        <translation>웹훅 시크릿(&amp;S):</translation>
    </message>
    <message>
        <source>Make the templates local &amp;drafts (submit them from the editor)</source>
        <translation>템플릿을 로컬 임시 저장본으로 만들기(&amp;D)(편집기에서 제출)</translation>
    </message>
    <message>
        <source>Import into project</source>
        <translation>프로젝트로 가져오기</translation>
    </message>
    <message>
        <source>Recreates the templates and webhooks of a project export in &lt;b&gt;%1&lt;/b&gt;. Plan first: nothing changes until you import what is checked. Templates are created as drafts, never submitted for review.</source>
        <translation>프로젝트 내보내기의 템플릿과 웹훅을 &lt;b&gt;%1&lt;/b&gt;에 다시 만듭니다. 먼저 계획하세요. 선택한 항목을 가져오기 전에는 아무것도 변경되지 않습니다. 템플릿은 임시 저장 상태로 만들어지며 검토에 제출되지 않습니다.</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>폴더(&amp;F):</translation>
    </message>
    <message>
        <source>Plan the import</source>
        <translation>가져오기 계획</translation>
    </message>
    <message>
        <source>Import plan</source>
        <translation>가져오기 계획</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>리소스</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>계획</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>차이점</translation>
    </message>
    <message>
        <source>Choose a resource to see how it differs from the project&apos;s.</source>
        <translation>프로젝트와 어떻게 다른지 보려면 리소스를 선택하세요.</translation>
    </message>
    <message>
        <source>Webhook secret</source>
        <translation>웹훅 시크릿</translation>
    </message>
    <message>
        <source>Empty: one is made and shown once</source>
        <translation>비워 두면 생성되어 한 번만 표시됩니다</translation>
    </message>
    <message>
        <source>Templates as local drafts</source>
        <translation>템플릿을 로컬 임시 저장본으로</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>가져오기 진행률</translation>
    </message>
    <message>
        <source>Import status</source>
        <translation>가져오기 상태</translation>
    </message>
    <message>
        <source>What could not be imported</source>
        <translation>가져오지 못한 항목</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>가져오기(&amp;I)</translation>
    </message>
    <message>
        <source>Import the checked resources</source>
        <translation>선택한 리소스 가져오기</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Cancelling… what was sent stays.</source>
        <translation>취소 중… 이미 보낸 내용은 유지됩니다.</translation>
    </message>
    <message>
        <source>Reading the export and the project…</source>
        <translation>내보내기와 프로젝트 읽는 중…</translation>
    </message>
    <message>
        <source>The project has it as it is: nothing to do</source>
        <translation>프로젝트에 이미 동일하게 있습니다: 할 일 없음</translation>
    </message>
    <message>
        <source>No plan: see below what could not be read, then plan again.</source>
        <translation>계획 없음: 아래에서 읽지 못한 항목을 확인한 후 다시 계획하세요.</translation>
    </message>
    <message>
        <source>%1 to create, %2 identical, %3 differ, %4 cannot be imported. Check what to import.</source>
        <translation>생성 %1, 동일 %2, 다름 %3, 가져올 수 없음 %4. 가져올 항목을 선택하세요.</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>현재: %1</translation>
    </message>
    <message>
        <source>Imported %1 of %2: %3</source>
        <translation>%1/%2 가져옴: %3</translation>
    </message>
    <message>
        <source>Imported: %1 created, %2 replaced, %3 local drafts; %4 failed.</source>
        <translation>가져오기 완료: 생성 %1, 대체 %2, 로컬 임시 저장본 %3, 실패 %4.</translation>
    </message>
    <message>
        <source>%1
    %2</source>
        <translation>%1
    %2</translation>
    </message>
    <message>
        <source>Webhook secrets</source>
        <translation>웹훅 시크릿</translation>
    </message>
    <message>
        <source>These webhooks got new secrets. Copy them now into the services that verify the events: they are shown only this once.

%1</source>
        <translation>다음 웹훅에 새 시크릿이 생성되었습니다. 이벤트를 검증하는 서비스에 지금 복사하세요. 이번 한 번만 표시됩니다.

%1</translation>
    </message>
    <message>
        <source>New in this project. What will be sent:</source>
        <translation>이 프로젝트에 새로 추가됩니다. 전송될 내용:</translation>
    </message>
    <message>
        <source>The project has it with the same content: it is skipped.</source>
        <translation>프로젝트에 같은 내용으로 있으므로 건너뜁니다.</translation>
    </message>
    <message>
        <source>The project has it with other content. Checked, the export&apos;s replaces it:</source>
        <translation>프로젝트에 다른 내용으로 있습니다. 선택하면 내보내기 내용으로 대체됩니다:</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Type or choose the folder of a project export first</source>
        <translation>먼저 프로젝트 내보내기 폴더를 입력하거나 선택하세요</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n</source>
        <translation>
            <numerusform>%n개 가져오기(&amp;I)</numerusform>
        </translation>
    </message>
    <message>
        <source>Wait for the plan or the import to finish</source>
        <translation>계획 또는 가져오기가 끝날 때까지 기다리세요</translation>
    </message>
    <message>
        <source>Plan first: choose the export&apos;s folder and press Plan</source>
        <translation>먼저 계획하세요: 내보내기 폴더를 선택하고 계획을 누르세요</translation>
    </message>
    <message>
        <source>Check the resources to import</source>
        <translation>가져올 리소스를 선택하세요</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>취소(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>닫기(&amp;C)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>sinch::ui::InboxController</name>
    <message>
        <source>You</source>
        <translation>나</translation>
    </message>
</context>
<context>
    <name>sinch::ui::InboxPage</name>
    <message>
        <source>Search comments (Ctrl+F)</source>
        <translation>댓글 검색(Ctrl+F)</translation>
    </message>
    <message>
        <source>Search comments</source>
        <translation>댓글 검색</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>프로젝트</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>채널</translation>
    </message>
    <message>
        <source>Resource kind</source>
        <translation>리소스 유형</translation>
    </message>
    <message>
        <source>Activity type</source>
        <translation>활동 유형</translation>
    </message>
    <message>
        <source>&amp;Unread only</source>
        <translation>읽지 않은 항목만(&amp;U)</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>지금 동기화</translation>
    </message>
    <message>
        <source>Ask every project for what is new</source>
        <translation>모든 프로젝트에 새 항목 요청</translation>
    </message>
    <message>
        <source>Mark all read</source>
        <translation>모두 읽음으로 표시</translation>
    </message>
    <message>
        <source>Mark every entry shown as read</source>
        <translation>표시된 모든 항목을 읽음으로 표시</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>알림</translation>
    </message>
    <message>
        <source>Choose the projects whose review outcomes and comments notify you</source>
        <translation>검토 결과와 댓글 알림을 받을 프로젝트를 선택하세요</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>받은편지함</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>모든 채널</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>KakaoTalk</source>
        <translation>KakaoTalk</translation>
    </message>
    <message>
        <source>RCS</source>
        <translation>RCS</translation>
    </message>
    <message>
        <source>All resources</source>
        <translation>모든 리소스</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>계정</translation>
    </message>
    <message>
        <source>Senders</source>
        <translation>발신자</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>템플릿</translation>
    </message>
    <message>
        <source>All activity</source>
        <translation>모든 활동</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>댓글</translation>
    </message>
    <message>
        <source>Review outcomes</source>
        <translation>검토 결과</translation>
    </message>
    <message>
        <source>Review steps</source>
        <translation>검토 단계</translation>
    </message>
    <message>
        <source>Edits</source>
        <translation>수정</translation>
    </message>
    <message>
        <source>Unread only</source>
        <translation>읽지 않은 항목만</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>동기화 상태</translation>
    </message>
    <message>
        <source>Minutes between syncs</source>
        <translation>동기화 간격(분)</translation>
    </message>
    <message>
        <source>every </source>
        <translation>매 </translation>
    </message>
    <message>
        <source> min</source>
        <translation> 분</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Inbox, newest first</source>
        <translation>받은편지함, 최신순</translation>
    </message>
    <message>
        <source>Mark unread</source>
        <translation>읽지 않음으로 표시</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>모든 프로젝트</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>동기화 중…</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>%1에 동기화됨</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>아직 동기화되지 않음</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>읽지 않음 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>All read. Untick “Unread only” to see every entry.</source>
        <translation>모두 읽었습니다. 모든 항목을 보려면 “읽지 않은 항목만”을 해제하세요.</translation>
    </message>
    <message>
        <source>Nothing matches. Clear the search (Esc) or choose “All” in the filters.</source>
        <translation>일치하는 항목이 없습니다. 검색을 지우거나(Esc) 필터에서 “전체”를 선택하세요.</translation>
    </message>
    <message>
        <source>Nothing yet. Comments, review outcomes and edits of every project&apos;s senders and templates arrive here as the inbox syncs (Sync now asks at once).</source>
        <translation>아직 없습니다. 받은편지함이 동기화되면 모든 프로젝트의 발신자와 템플릿에 대한 댓글, 검토 결과, 수정 내역이 여기에 표시됩니다(지금 동기화를 누르면 즉시 요청).</translation>
    </message>
    <message>
        <source>No projects yet</source>
        <translation>아직 프로젝트가 없습니다</translation>
    </message>
    <message>
        <source>Notify me about %1</source>
        <translation>%1 알림 받기</translation>
    </message>
    <message>
        <source>%1 could not be synced fully: %2 What was read is kept; the rest is read at the next sync.</source>
        <translation>%1을(를) 모두 동기화하지 못했습니다: %2 읽어 온 내용은 유지되며, 나머지는 다음 동기화 때 읽습니다.</translation>
    </message>
    <message>
        <source>Syncing once the pages&apos; requests are in…</source>
        <translation>페이지 요청이 끝나면 동기화합니다…</translation>
    </message>
</context>
<context>
    <name>sinch::ui::KakaotalkButtonRows</name>
    <message>
        <source>Button %1 mobile link</source>
        <translation>버튼 %1 모바일 링크</translation>
    </message>
    <message>
        <source>Button %1 PC link</source>
        <translation>버튼 %1 PC 링크</translation>
    </message>
    <message>
        <source>Button %1 iOS app link</source>
        <translation>버튼 %1 iOS 앱 링크</translation>
    </message>
    <message>
        <source>Button %1 Android app link</source>
        <translation>버튼 %1 Android 앱 링크</translation>
    </message>
    <message>
        <source>Button %1 · %2</source>
        <translation>버튼 %1 · %2</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Button %1 kind</source>
        <translation>버튼 %1 유형</translation>
    </message>
    <message>
        <source>Button %1 label</source>
        <translation>버튼 %1 이름</translation>
    </message>
    <message>
        <source>At most %1 characters</source>
        <translation>최대 %1자</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>버튼명</translation>
    </message>
    <message>
        <source>Give at least %1 of the mobile link, the iOS and the Android app link.</source>
        <translation>모바일 링크, iOS 앱 링크, Android 앱 링크 중 최소 %1개를 입력하세요.</translation>
    </message>
    <message>
        <source>Move button %1 up</source>
        <translation>버튼 %1 위로 이동</translation>
    </message>
    <message>
        <source>Move this button up (Alt+Up)</source>
        <translation>이 버튼을 위로 이동(Alt+위쪽)</translation>
    </message>
    <message>
        <source>Move button %1 down</source>
        <translation>버튼 %1 아래로 이동</translation>
    </message>
    <message>
        <source>Move this button down (Alt+Down)</source>
        <translation>이 버튼을 아래로 이동(Alt+아래쪽)</translation>
    </message>
    <message>
        <source>This is the first button</source>
        <translation>첫 번째 버튼입니다</translation>
    </message>
    <message>
        <source>This is the last button</source>
        <translation>마지막 버튼입니다</translation>
    </message>
    <message>
        <source>Remove button %1</source>
        <translation>버튼 %1 삭제</translation>
    </message>
    <message>
        <source>Remove this button</source>
        <translation>이 버튼 삭제</translation>
    </message>
    <message>
        <source>Kind of the new button</source>
        <translation>새 버튼 유형</translation>
    </message>
    <message>
        <source>&amp;Add button</source>
        <translation>버튼 추가(&amp;A)</translation>
    </message>
    <message>
        <source>Add button</source>
        <translation>버튼 추가</translation>
    </message>
    <message>
        <source>A template has at most %1 buttons: remove one to add another</source>
        <translation>템플릿에는 버튼을 최대 %1개까지 넣을 수 있습니다. 추가하려면 하나를 삭제하세요</translation>
    </message>
    <message>
        <source>Add a button of the chosen kind (at most %1)</source>
        <translation>선택한 유형의 버튼 추가(최대 %1개)</translation>
    </message>
    <message>
        <source>New &amp;button</source>
        <translation>새 버튼(&amp;B)</translation>
    </message>
</context>
<context>
    <name>sinch::ui::KakaotalkCategoriesPage</name>
    <message>
        <source>KakaoTalk sender categories</source>
        <translation>KakaoTalk 발신자 카테고리</translation>
    </message>
    <message>
        <source>Chosen category</source>
        <translation>선택한 카테고리</translation>
    </message>
    <message>
        <source>Loading the categories…</source>
        <translation>카테고리를 불러오는 중…</translation>
    </message>
    <message>
        <source>The server listed no sender categories. Refresh (F5) to ask again.</source>
        <translation>서버가 발신자 카테고리를 나열하지 않았습니다. 새로 고침(F5)하여 다시 요청하세요.</translation>
    </message>
    <message>
        <source>No category matches “%1”.</source>
        <translation>“%1”과(와) 일치하는 카테고리가 없습니다.</translation>
    </message>
    <message>
        <source>Open a category (→) to see its second and third levels: a sender takes one of the third.</source>
        <translation>카테고리를 열어(→) 두 번째와 세 번째 단계를 보세요. 발신자는 세 번째 단계 중 하나를 사용합니다.</translation>
    </message>
    <message>
        <source>%1 · codes %2</source>
        <translation>%1 · 코드 %2</translation>
    </message>
</context>
<context>
    <name>sinch::ui::KakaotalkCategoryPicker</name>
    <message>
        <source>Choose the sender&apos;s category</source>
        <translation>발신자 카테고리 선택</translation>
    </message>
    <message>
        <source>Category picker</source>
        <translation>카테고리 선택기</translation>
    </message>
    <message>
        <source>Chosen category</source>
        <translation>선택한 카테고리</translation>
    </message>
    <message>
        <source>C&amp;hoose</source>
        <translation>선택(&amp;H)</translation>
    </message>
    <message>
        <source>Choose category</source>
        <translation>카테고리 선택</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Use this category (Enter)</source>
        <translation>이 카테고리 사용(Enter)</translation>
    </message>
    <message>
        <source>Choose a category of the third level: open a branch (→) and pick one of its entries.</source>
        <translation>소분류 카테고리를 선택하세요. 분류를 펼친(→) 후 항목 하나를 고르세요.</translation>
    </message>
    <message>
        <source>No category matches “%1”.</source>
        <translation>“%1”과(와) 일치하는 카테고리가 없습니다.</translation>
    </message>
    <message>
        <source>No category chosen.</source>
        <translation>선택한 카테고리가 없습니다.</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>선택됨: %1</translation>
    </message>
    <message>
        <source>%1 › … (choose one of its entries)</source>
        <translation>%1 › …(항목 하나를 선택하세요)</translation>
    </message>
</context>
<context>
    <name>sinch::ui::KakaotalkCategoryTree</name>
    <message>
        <source>Code %1</source>
        <translation>코드 %1</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>카테고리</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>코드</translation>
    </message>
    <message>
        <source>Search categories</source>
        <translation>카테고리 검색</translation>
    </message>
    <message>
        <source>Search all three levels (↓ goes to the list)</source>
        <translation>세 단계 모두 검색(↓ 키로 목록 이동)</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>검색(&amp;S):</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>카테고리</translation>
    </message>
</context>
<context>
    <name>sinch::ui::KakaotalkExampleRows</name>
    <message>
        <source>Examples: what reviewers read in place of each variable. Kept with the draft in this console only; Kakao&apos;s API takes no examples.</source>
        <translation>예시: 검토자가 각 변수 자리에서 읽게 될 값입니다. 이 콘솔의 임시 저장본에만 보관되며 카카오 API는 예시를 받지 않습니다.</translation>
    </message>
    <message>
        <source>Example of #{%1}</source>
        <translation>#{%1}의 예시</translation>
    </message>
    <message>
        <source>e.g. what a customer would see</source>
        <translation>예: 고객에게 표시될 내용</translation>
    </message>
</context>
<context>
    <name>sinch::ui::KakaotalkSenderChooser</name>
    <message>
        <source>Sender</source>
        <translation>발신자</translation>
    </message>
    <message>
        <source>The KakaoTalk sender (plus friend ID) whose templates are shown</source>
        <translation>템플릿을 표시할 KakaoTalk 발신자(플러스친구 ID)</translation>
    </message>
</context>
<context>
    <name>sinch::ui::KakaotalkTemplateEditor</name>
    <message>
        <source>Restore draft</source>
        <translation>임시 저장본 복원</translation>
    </message>
    <message>
        <source>Your unsaved edits of %1 are back. Undo (Ctrl+Z) drops them.</source>
        <translation>%1의 저장되지 않은 수정 내용을 복원했습니다. 실행 취소(Ctrl+Z)하면 버려집니다.</translation>
    </message>
    <message>
        <source>Send the approved template to a phone through the Conversation API</source>
        <translation>승인된 템플릿을 Conversation API로 휴대폰에 보냅니다</translation>
    </message>
    <message>
        <source>Only a template Kakao approved can be sent.</source>
        <translation>카카오에서 승인한 템플릿만 보낼 수 있습니다.</translation>
    </message>
    <message>
        <source>Not while Kakao reviews the template</source>
        <translation>카카오 검수 중에는 사용할 수 없습니다</translation>
    </message>
    <message>
        <source>Keep the template as a draft, not sent to Kakao (Ctrl+S)</source>
        <translation>템플릿을 카카오에 보내지 않고 임시 저장합니다(Ctrl+S)</translation>
    </message>
    <message>
        <source>Send the template to Kakao&apos;s review (Ctrl+Enter)</source>
        <translation>템플릿을 카카오 검수에 보냅니다(Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Kakao is reviewing this template: Save draft and Submit for review wait for its decision, which is checked every 30 seconds.</source>
        <translation>카카오에서 이 템플릿을 검수 중입니다. [임시 저장]과 [검토 요청]은 결정이 날 때까지 기다리며, 30초마다 확인합니다.</translation>
    </message>
    <message>
        <source>Kakao rejected the template. Edit it and submit again, or delete the draft changes.</source>
        <translation>카카오에서 템플릿을 반려했습니다. 수정하여 다시 제출하거나 임시 저장된 변경 사항을 삭제하세요.</translation>
    </message>
    <message>
        <source>Kakao rejected the template: &quot;%1&quot; Edit it and submit again, or delete the draft changes.</source>
        <translation>카카오에서 템플릿을 반려했습니다: &quot;%1&quot; 수정하여 다시 제출하거나 임시 저장된 변경 사항을 삭제하세요.</translation>
    </message>
    <message>
        <source>A draft: Kakao has not seen it. Submit it for review (Ctrl+Enter) when it is ready.</source>
        <translation>임시 저장본: 카카오에 아직 전달되지 않았습니다. 준비되면 검수를 요청하세요(Ctrl+Enter).</translation>
    </message>
    <message>
        <source>Approved by Kakao: ready to send.</source>
        <translation>카카오 승인 완료: 발송할 수 있습니다.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>보내지 않음: %1</translation>
    </message>
    <message>
        <source>Submitting to Kakao…</source>
        <translation>카카오에 제출 중…</translation>
    </message>
    <message>
        <source>Saving the draft…</source>
        <translation>임시 저장 중…</translation>
    </message>
    <message>
        <source>Submitted for Kakao&apos;s review.</source>
        <translation>카카오 검수를 요청했습니다.</translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation>임시 저장되었습니다.</translation>
    </message>
    <message>
        <source>Kakao refused the fields marked in red; what you typed is kept.</source>
        <translation>카카오에서 빨간색으로 표시된 항목을 거부했습니다. 입력한 내용은 유지됩니다.</translation>
    </message>
    <message>
        <source>The server refused the fields marked in red; what you typed is kept.</source>
        <translation>서버에서 빨간색으로 표시된 항목을 거부했습니다. 입력한 내용은 유지됩니다.</translation>
    </message>
    <message>
        <source>KakaoTalk template editor</source>
        <translation>KakaoTalk 템플릿 편집기</translation>
    </message>
    <message>
        <source>Review state</source>
        <translation>검수 상태</translation>
    </message>
    <message>
        <source>Check n&amp;ow</source>
        <translation>지금 확인(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation>임시 저장(&amp;S)</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>임시 저장</translation>
    </message>
    <message>
        <source>Submit for revie&amp;w</source>
        <translation>검수 요청(&amp;W)</translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation>검토 요청</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>새로 고침</translation>
    </message>
    <message>
        <source>Refresh review state</source>
        <translation>검수 상태 새로 고침</translation>
    </message>
    <message>
        <source>Read the template and its review state from the server</source>
        <translation>서버에서 템플릿과 검수 상태를 읽어 옵니다</translation>
    </message>
    <message>
        <source>Send &amp;test…</source>
        <translation>테스트 발송(&amp;T)…</translation>
    </message>
    <message>
        <source>Move button up</source>
        <translation>버튼 위로 이동</translation>
    </message>
    <message>
        <source>Move button down</source>
        <translation>버튼 아래로 이동</translation>
    </message>
    <message>
        <source>Take the server&apos;s version</source>
        <translation>서버 버전 사용</translation>
    </message>
    <message>
        <source>Template %1</source>
        <translation>템플릿 %1</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>새 템플릿</translation>
    </message>
</context>
<context>
    <name>sinch::ui::KakaotalkTemplateEdits</name>
    <message>
        <source>Make button %1 a %2 button</source>
        <translation>버튼 %1을(를) %2 버튼으로 변경</translation>
    </message>
    <message>
        <source>Add a %1 button</source>
        <translation>%1 버튼 추가</translation>
    </message>
    <message>
        <source>Remove button %1</source>
        <translation>버튼 %1 삭제</translation>
    </message>
    <message>
        <source>Move button %1 to position %2</source>
        <translation>버튼 %1을(를) 위치 %2(으)로 이동</translation>
    </message>
    <message>
        <source>Move button</source>
        <translation>버튼 이동</translation>
    </message>
</context>
<context>
    <name>sinch::ui::KakaotalkTemplateFilters</name>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Show only templates in this state (asked of the server)</source>
        <translation>이 상태의 템플릿만 표시(서버에 요청)</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>모든 상태</translation>
    </message>
    <message>
        <source>Pending changes</source>
        <translation>대기 중인 변경 사항</translation>
    </message>
    <message>
        <source>Show only templates whose pending changes have this status (asked of the server)</source>
        <translation>대기 중인 변경 사항이 이 상태인 템플릿만 표시(서버에 요청)</translation>
    </message>
    <message>
        <source>Any changes</source>
        <translation>모든 변경 사항</translation>
    </message>
    <message>
        <source>Name starts with</source>
        <translation>이름 시작 문자</translation>
    </message>
    <message>
        <source>Show only templates whose name starts with this text (asked of the server)</source>
        <translation>이름이 이 텍스트로 시작하는 템플릿만 표시(서버에 요청)</translation>
    </message>
    <message>
        <source>Name starts with…</source>
        <translation>이름 시작 문자…</translation>
    </message>
</context>
<context>
    <name>sinch::ui::KakaotalkTemplateForm</name>
    <message>
        <source>New AlimTalk template</source>
        <translation>새 알림톡 템플릿</translation>
    </message>
    <message>
        <source>AlimTalk template</source>
        <translation>알림톡 템플릿</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>발신자</translation>
    </message>
    <message>
        <source>The KakaoTalk channel (plus friend ID) this template belongs to</source>
        <translation>이 템플릿이 속한 카카오톡 채널(플러스친구 ID)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>코드</translation>
    </message>
    <message>
        <source>Template code</source>
        <translation>템플릿 코드</translation>
    </message>
    <message>
        <source>Kakao&apos;s code of this template, used when sending it</source>
        <translation>발송 시 사용하는 이 템플릿의 카카오 코드</translation>
    </message>
    <message>
        <source>Template name</source>
        <translation>템플릿 이름</translation>
    </message>
    <message>
        <source>e.g. order confirmation</source>
        <translation>예: 주문 확인</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>이름(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>카테고리</translation>
    </message>
    <message>
        <source>Kakao&apos;s default (Others)</source>
        <translation>카카오 기본값(기타)</translation>
    </message>
    <message>
        <source>The subcategory Kakao files the template under; type to search</source>
        <translation>카카오에서 템플릿을 분류하는 하위 카테고리. 입력하여 검색하세요</translation>
    </message>
    <message>
        <source>Categor&amp;y</source>
        <translation>카테고리(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Message type</source>
        <translation>메시지 유형(&amp;M)</translation>
    </message>
    <message>
        <source>Message type</source>
        <translation>메시지 유형</translation>
    </message>
    <message>
        <source>&amp;Emphasis</source>
        <translation>강조 유형(&amp;E)</translation>
    </message>
    <message>
        <source>Emphasis</source>
        <translation>강조 유형</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>The emphasized line, e.g. the order number</source>
        <translation>강조할 줄(예: 주문 번호)</translation>
    </message>
    <message>
        <source>T&amp;itle</source>
        <translation>제목(&amp;I)</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>보조 제목</translation>
    </message>
    <message>
        <source>A short line under the title</source>
        <translation>제목 아래의 짧은 줄</translation>
    </message>
    <message>
        <source>S&amp;ubtitle</source>
        <translation>보조 제목(&amp;U)</translation>
    </message>
    <message>
        <source>Image name</source>
        <translation>이미지 이름</translation>
    </message>
    <message>
        <source>The uploaded file&apos;s name</source>
        <translation>업로드한 파일 이름</translation>
    </message>
    <message>
        <source>Ima&amp;ge name</source>
        <translation>이미지 이름(&amp;G)</translation>
    </message>
    <message>
        <source>Image U&amp;RL</source>
        <translation>이미지 URL(&amp;R)</translation>
    </message>
    <message>
        <source>Image URL</source>
        <translation>이미지 URL</translation>
    </message>
    <message>
        <source>JPEG or PNG, up to 500 KB, at least 500×250 pixels, 2:1.</source>
        <translation>JPEG 또는 PNG, 500KB 이하, 최소 500×250픽셀, 2:1 비율.</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>내용</translation>
    </message>
    <message>
        <source>The message, e.g. #{name}님, 주문이 접수되었습니다.</source>
        <translation>메시지(예: #{name}님, 주문이 접수되었습니다.)</translation>
    </message>
    <message>
        <source>&amp;Content</source>
        <translation>내용(&amp;C)</translation>
    </message>
    <message>
        <source>Write variables as #{name}; at most %1 characters.</source>
        <translation>변수는 #{name} 형식으로 작성하세요. 최대 %1자.</translation>
    </message>
    <message>
        <source>Extra information</source>
        <translation>부가 정보</translation>
    </message>
    <message>
        <source>E&amp;xtra information</source>
        <translation>부가 정보(&amp;X)</translation>
    </message>
    <message>
        <source>Security message (one-time codes)</source>
        <translation>보안 메시지(일회용 코드)</translation>
    </message>
    <message>
        <source>Shown only on the recipient&apos;s main device, as Kakao requires for OTP messages</source>
        <translation>카카오의 OTP 메시지 요건에 따라 수신자의 주 기기에서만 표시됩니다</translation>
    </message>
    <message>
        <source>Buttons (at most %1)</source>
        <translation>버튼(최대 %1개)</translation>
    </message>
</context>
<context>
    <name>sinch::ui::KakaotalkTemplateRemoval</name>
    <message>
        <source>Delete template</source>
        <translation>템플릿 삭제</translation>
    </message>
    <message>
        <source>Delete the template &quot;%1&quot; (%2) of %3? It can no longer be sent.</source>
        <translation>%3의 템플릿 &quot;%1&quot;(%2)을(를) 삭제하시겠습니까? 더 이상 발송할 수 없습니다.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Delete draft changes</source>
        <translation>임시 저장된 변경 사항 삭제</translation>
    </message>
    <message>
        <source>Delete the pending changes of &quot;%1&quot;? It was never approved: only its code stays.</source>
        <translation>&quot;%1&quot;의 대기 중인 변경 사항을 삭제하시겠습니까? 승인된 적이 없으므로 코드만 남습니다.</translation>
    </message>
    <message>
        <source>Delete the pending changes of &quot;%1&quot;? The approved template stays as it is.</source>
        <translation>&quot;%1&quot;의 대기 중인 변경 사항을 삭제하시겠습니까? 승인된 템플릿은 그대로 유지됩니다.</translation>
    </message>
    <message>
        <source>Delete changes</source>
        <translation>변경 사항 삭제</translation>
    </message>
</context>
<context>
    <name>sinch::ui::KakaotalkTemplatesPage</name>
    <message>
        <source>Choose a template to edit it, or create one (Ctrl+N).</source>
        <translation>수정할 템플릿을 선택하거나 새로 만드세요(Ctrl+N).</translation>
    </message>
    <message>
        <source>&amp;New template</source>
        <translation>새 템플릿(&amp;N)</translation>
    </message>
    <message>
        <source>Create a template (Ctrl+N)</source>
        <translation>템플릿 만들기(Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>삭제(&amp;D)…</translation>
    </message>
    <message>
        <source>Delete the selected template (Del)</source>
        <translation>선택한 템플릿 삭제(Del)</translation>
    </message>
    <message>
        <source>Delete draft &amp;changes…</source>
        <translation>임시 저장된 변경 사항 삭제(&amp;C)…</translation>
    </message>
    <message>
        <source>Delete the pending changes of the selected template</source>
        <translation>선택한 템플릿의 대기 중인 변경 사항 삭제</translation>
    </message>
    <message>
        <source>Template actions</source>
        <translation>템플릿 작업</translation>
    </message>
    <message>
        <source>Templates list</source>
        <translation>템플릿 목록</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>템플릿</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>활동</translation>
    </message>
    <message>
        <source>Choose a template to see its activity.</source>
        <translation>활동을 보려면 템플릿을 선택하세요.</translation>
    </message>
    <message>
        <source>Sen&amp;der:</source>
        <translation>발신자(&amp;D):</translation>
    </message>
    <message>
        <source>These unsaved edits are of a template of another sender or project. Save them (Ctrl+S) and they go there, or choose another row to discard them.</source>
        <translation>저장되지 않은 수정 내용은 다른 발신자 또는 프로젝트의 템플릿입니다. 저장(Ctrl+S)하면 해당 위치에 저장되며, 다른 행을 선택하면 버려집니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n template(s)</source>
        <translation>
            <numerusform>템플릿 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>No template of %1 matches these filters. Choose All states and Any changes, or clear the name.</source>
        <translation>필터와 일치하는 %1의 템플릿이 없습니다. 모든 상태와 모든 변경 사항을 선택하거나 이름을 지우세요.</translation>
    </message>
    <message>
        <source>Loading the templates of %1…</source>
        <translation>%1의 템플릿 불러오는 중…</translation>
    </message>
    <message>
        <source>Choose a project to see its KakaoTalk templates.</source>
        <translation>KakaoTalk 템플릿을 보려면 프로젝트를 선택하세요.</translation>
    </message>
    <message>
        <source>Loading the project&apos;s KakaoTalk senders…</source>
        <translation>프로젝트의 KakaoTalk 발신자 불러오는 중…</translation>
    </message>
    <message>
        <source>The project&apos;s KakaoTalk senders could not be read. Refresh (F5) to try again.</source>
        <translation>프로젝트의 KakaoTalk 발신자를 읽을 수 없습니다. 새로 고침(F5)하여 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Templates belong to a KakaoTalk sender, and this project has none yet. Register one under KakaoTalk › Senders first.</source>
        <translation>템플릿은 KakaoTalk 발신자에 속하며 이 프로젝트에는 아직 발신자가 없습니다. 먼저 KakaoTalk › 발신자에서 등록하세요.</translation>
    </message>
    <message>
        <source>Choose a sender first</source>
        <translation>먼저 발신자를 선택하세요</translation>
    </message>
    <message>
        <source>Select a template to delete it</source>
        <translation>삭제할 템플릿을 선택하세요</translation>
    </message>
    <message>
        <source>Select a template whose pending changes should go</source>
        <translation>대기 중인 변경 사항을 삭제할 템플릿을 선택하세요</translation>
    </message>
    <message>
        <source>The selected template has no pending changes</source>
        <translation>선택한 템플릿에 대기 중인 변경 사항이 없습니다</translation>
    </message>
    <message>
        <source>Not while Kakao reviews the changes</source>
        <translation>카카오 검수 중에는 사용할 수 없습니다</translation>
    </message>
    <message>
        <source>Delete the pending changes; the approved template stays as it is</source>
        <translation>대기 중인 변경 사항을 삭제합니다. 승인된 템플릿은 그대로 유지됩니다</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>A new template has no activity yet: it starts once the template is saved.</source>
        <translation>새 템플릿에는 아직 활동이 없습니다. 템플릿을 저장하면 시작됩니다.</translation>
    </message>
    <message>
        <source>Save keeps them as a draft on the server, Discard throws them away, Cancel goes back to the editor.</source>
        <translation>저장은 서버에 임시 저장하고, 버리기는 삭제하며, 취소는 편집기로 돌아갑니다.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>시스템 기본값(%1)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>The console speaks %1 from its next start.</source>
        <translation>다음에 시작할 때부터 콘솔이 이 언어를 사용합니다: %1.</translation>
    </message>
    <message>
        <source>the system&apos;s language</source>
        <translation>시스템 언어</translation>
    </message>
</context>
<context>
    <name>sinch::ui::ListPage</name>
    <message>
        <source>Error</source>
        <translation>오류</translation>
    </message>
    <message>
        <source>Number of items</source>
        <translation>항목 수</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>불러오는 중</translation>
    </message>
    <message>
        <source>Empty list</source>
        <translation>빈 목록</translation>
    </message>
    <message>
        <source>The list could not be loaded. See the message above.</source>
        <translation>목록을 불러올 수 없습니다. 위의 메시지를 확인하세요.</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%2개 중 %1개 표시</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>항목 %n개</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sinch::ui::MainActions</name>
    <message>
        <source>&amp;Add project…</source>
        <translation>프로젝트 추가(&amp;A)…</translation>
    </message>
    <message>
        <source>Add a Sinch project with its access key</source>
        <translation>액세스 키로 Sinch 프로젝트 추가</translation>
    </message>
    <message>
        <source>&amp;Edit project…</source>
        <translation>프로젝트 수정(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Remove project…</source>
        <translation>프로젝트 삭제(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>새로 고침(&amp;R)</translation>
    </message>
    <message>
        <source>Load the current view again (F5)</source>
        <translation>현재 보기를 다시 불러오기(F5)</translation>
    </message>
    <message>
        <source>&amp;Filter the list</source>
        <translation>목록 필터(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quick open…</source>
        <translation>빠른 열기(&amp;Q)…</translation>
    </message>
    <message>
        <source>Find any template, sender, flow or webhook of any project by name or ID (Ctrl+K)</source>
        <translation>모든 프로젝트의 템플릿, 발신자, Flow, 웹훅을 이름이나 ID로 찾기(Ctrl+K)</translation>
    </message>
    <message>
        <source>Switch between &amp;navigation and content</source>
        <translation>탐색 창과 콘텐츠 간 전환(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Close tab</source>
        <translation>탭 닫기(&amp;C)</translation>
    </message>
    <message>
        <source>Close the current document tab (Ctrl+W)</source>
        <translation>현재 문서 탭 닫기(Ctrl+W)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Request log</source>
        <translation>요청 로그(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>단축키(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About Sinch Provisioning Console</source>
        <translation>Sinch Provisioning Console 정보(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>프로젝트(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>기본 도구 모음</translation>
    </message>
    <message>
        <source>Show &amp;navigation</source>
        <translation>탐색 표시(&amp;N)</translation>
    </message>
    <message>
        <source>Show or hide the list of areas (Alt+0)</source>
        <translation>영역 목록 표시 또는 숨기기(Alt+0)</translation>
    </message>
</context>
<context>
    <name>sinch::ui::MainWindow</name>
    <message>
        <source>Sinch Provisioning Console</source>
        <translation>Sinch Provisioning Console</translation>
    </message>
    <message>
        <source>The system keychain is not available, so key secrets are kept only until you quit. %1</source>
        <translation>시스템 키체인을 사용할 수 없으므로 키 시크릿은 종료할 때까지만 유지됩니다. %1</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>알림</translation>
    </message>
    <message>
        <source>About Sinch Provisioning Console</source>
        <translation>Sinch Provisioning Console 정보</translation>
    </message>
    <message>
        <source>Sinch Provisioning Console %1

A desktop console for the Sinch Provisioning API: projects, WhatsApp, KakaoTalk and RCS senders, templates and webhooks.

Built with Qt %2.</source>
        <translation>Sinch Provisioning Console %1

Sinch Provisioning API용 데스크톱 콘솔: 프로젝트, WhatsApp·KakaoTalk·RCS 발신자, 템플릿, 웹훅.

Qt %2(으)로 빌드됨.</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>마지막 오류</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>개요</translation>
    </message>
    <message>
        <source>News</source>
        <translation>새 소식</translation>
    </message>
    <message>
        <source>Commit %1 · licence: %2</source>
        <translation>커밋 %1 · 라이선스: %2</translation>
    </message>
</context>
<context>
    <name>sinch::ui::MessageBar</name>
    <message>
        <source>&amp;Retry</source>
        <translation>다시 시도(&amp;R)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>메시지</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>메시지 본문</translation>
    </message>
    <message>
        <source>Send the request again</source>
        <translation>요청을 다시 보냅니다</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>세부 정보</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>세부 정보 표시</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>메시지 닫기</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>오류 세부 정보</translation>
    </message>
    <message>
        <source>Stop waiting</source>
        <translation>대기 중지</translation>
    </message>
    <message>
        <source>Stop waiting for this answer; the other requests go on</source>
        <translation>이 응답을 더 기다리지 않습니다. 다른 요청은 계속됩니다</translation>
    </message>
</context>
<context>
    <name>sinch::ui::MessageBox</name>
    <message>
        <source>Unsaved changes</source>
        <translation>저장되지 않은 변경 사항</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Discard them?</source>
        <translation>%1에 저장되지 않은 변경 사항이 있습니다. 버리시겠습니까?</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them before leaving?</source>
        <translation>%1에 저장되지 않은 변경 사항이 있습니다. 나가기 전에 저장하시겠습니까?</translation>
    </message>
</context>
<context>
    <name>sinch::ui::NavigationModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1(%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n unread</source>
        <translation>
            <numerusform>%1, 읽지 않음 %n개</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sinch::ui::NavigationTree</name>
    <message>
        <source>Navigation</source>
        <translation>탐색</translation>
    </message>
</context>
<context>
    <name>sinch::ui::NetworkStatus</name>
    <message>
        <source>Network activity</source>
        <translation>네트워크 활동</translation>
    </message>
    <message>
        <source>Retry wait</source>
        <translation>재시도 대기</translation>
    </message>
    <message>
        <source>Last error, click for details</source>
        <translation>마지막 오류, 클릭하면 세부 정보 표시</translation>
    </message>
    <message>
        <source>Show the details of the last error</source>
        <translation>마지막 오류의 세부 정보 표시</translation>
    </message>
    <message>
        <source>● Idle</source>
        <translation>● 대기</translation>
    </message>
    <message numerus="yes">
        <source>● %n request(s)</source>
        <translation>
            <numerusform>● 요청 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>● %n request(s), %1 queued</source>
        <translation>
            <numerusform>● 요청 %n개, 대기열 %1개</numerusform>
        </translation>
    </message>
    <message>
        <source>Requests in flight: %1, waiting: %2</source>
        <translation>진행 중인 요청: %1, 대기 중: %2</translation>
    </message>
    <message>
        <source>%1, retrying in %2 s</source>
        <translation>%1, %2초 후 재시도</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>마지막 오류: %1</translation>
    </message>
    <message>
        <source>(waiting %1 s for the server)</source>
        <translation>(서버 응답 대기 중 %1초)</translation>
    </message>
    <message>
        <source>The server has not answered for %1 s. A request with no answer is given up after %2 s without data and tried again when that is safe.</source>
        <translation>서버가 %1초 동안 응답하지 않았습니다. 응답 없는 요청은 데이터 없이 %2초가 지나면 중단되며, 안전한 경우 다시 시도합니다.</translation>
    </message>
    <message>
        <source>Stop waiting</source>
        <translation>대기 중지</translation>
    </message>
    <message>
        <source>Stop every request the console is waiting for; each page then offers to try again</source>
        <translation>콘솔이 기다리는 모든 요청을 중지합니다. 각 페이지에서 다시 시도할 수 있습니다</translation>
    </message>
</context>
<context>
    <name>sinch::ui::OutlineModel</name>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>Header: none</source>
        <translation>헤더: 없음</translation>
    </message>
    <message>
        <source>Header: %1</source>
        <translation>헤더: %1</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>본문</translation>
    </message>
    <message>
        <source>Footer: none</source>
        <translation>바닥글: 없음</translation>
    </message>
    <message>
        <source>Footer</source>
        <translation>바닥글</translation>
    </message>
    <message>
        <source>Buttons (%1)</source>
        <translation>버튼(%1)</translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation>(텍스트 없음)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Carousel (%1)</source>
        <translation>캐러셀(%1)</translation>
    </message>
    <message>
        <source>Card %1</source>
        <translation>카드 %1</translation>
    </message>
</context>
<context>
    <name>sinch::ui::OutlineView</name>
    <message>
        <source>Template outline</source>
        <translation>템플릿 개요</translation>
    </message>
</context>
<context>
    <name>sinch::ui::OverviewCard</name>
    <message>
        <source>&amp;Copy</source>
        <translation>복사(&amp;C)</translation>
    </message>
    <message>
        <source>Open the list of %1</source>
        <translation>%1 목록 열기</translation>
    </message>
    <message>
        <source>Open the list showing only these: %1</source>
        <translation>이 항목만 표시하여 목록 열기: %1</translation>
    </message>
    <message>
        <source>The list cannot be filtered to exactly these: open it with the row&apos;s title.</source>
        <translation>목록을 정확히 이 항목으로 필터링할 수 없습니다. 행 제목으로 목록을 여세요.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>개요</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>프로젝트</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation>웹훅</translation>
    </message>
    <message>
        <source>WhatsApp templates</source>
        <translation>WhatsApp 템플릿</translation>
    </message>
    <message>
        <source>WhatsApp senders</source>
        <translation>WhatsApp 발신자</translation>
    </message>
    <message>
        <source>KakaoTalk senders</source>
        <translation>KakaoTalk 발신자</translation>
    </message>
    <message>
        <source>RCS senders</source>
        <translation>RCS 발신자</translation>
    </message>
    <message>
        <source>RCS upscales</source>
        <translation>RCS 업스케일</translation>
    </message>
    <message>
        <source>No project is ready yet. Add one with Project → Add project (Ctrl+Shift+N).</source>
        <translation>아직 준비된 프로젝트가 없습니다. 프로젝트 → 프로젝트 추가(Ctrl+Shift+N)로 추가하세요.</translation>
    </message>
    <message>
        <source>Numbers of each project, read from its lists. Refresh with F5.</source>
        <translation>각 프로젝트의 목록에서 읽은 수치입니다. F5로 새로 고치세요.</translation>
    </message>
    <message>
        <source>Project %1</source>
        <translation>프로젝트 %1</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>불러오는 중…</translation>
    </message>
    <message>
        <source>not set up</source>
        <translation>설정 안 됨</translation>
    </message>
    <message>
        <source>not read</source>
        <translation>읽지 못함</translation>
    </message>
    <message>
        <source>(%1) Refresh with F5 to try again.</source>
        <translation>(%1) F5로 새로 고쳐 다시 시도하세요.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::PhonePreviewWidget</name>
    <message>
        <source>Light</source>
        <translation>밝게</translation>
    </message>
    <message>
        <source>Light preview</source>
        <translation>밝은 미리보기</translation>
    </message>
    <message>
        <source>Show the preview in %1&apos;s light theme</source>
        <translation>%1의 밝은 테마로 미리보기 표시</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>어둡게</translation>
    </message>
    <message>
        <source>Dark preview</source>
        <translation>어두운 미리보기</translation>
    </message>
    <message>
        <source>Show the preview in %1&apos;s dark theme</source>
        <translation>%1의 어두운 테마로 미리보기 표시</translation>
    </message>
    <message>
        <source>Show variables</source>
        <translation>변수 표시</translation>
    </message>
    <message>
        <source>%1 preview</source>
        <translation>%1 미리보기</translation>
    </message>
</context>
<context>
    <name>sinch::ui::PreviewCanvas</name>
    <message>
        <source>Template preview</source>
        <translation>템플릿 미리보기</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>오류: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>경고: %1</translation>
    </message>
</context>
<context>
    <name>sinch::ui::PreviewPane</name>
    <message>
        <source>Approved</source>
        <translation>승인됨</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>미리보기</translation>
    </message>
    <message>
        <source>Approved version preview</source>
        <translation>승인된 버전 미리보기</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>수정됨</translation>
    </message>
    <message>
        <source>&lt;b&gt;Approved&lt;/b&gt;</source>
        <translation>&lt;b&gt;승인됨&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Edited&lt;/b&gt;</source>
        <translation>&lt;b&gt;수정됨&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Changed &amp;fields (click: go there):</source>
        <translation>변경된 필드(&amp;F)(클릭하면 이동):</translation>
    </message>
    <message>
        <source>Show the approved version beside the edited one, with the changes marked</source>
        <translation>승인된 버전을 수정된 버전 옆에 표시하고 변경 사항을 표시합니다</translation>
    </message>
    <message>
        <source>No changes to compare: the template is as approved</source>
        <translation>비교할 변경 사항 없음: 템플릿이 승인된 상태 그대로입니다</translation>
    </message>
    <message>
        <source>Nothing to compare: the template has no approved version</source>
        <translation>비교할 대상 없음: 템플릿에 승인된 버전이 없습니다</translation>
    </message>
</context>
<context>
    <name>sinch::ui::ProjectActions</name>
    <message>
        <source>The key secret of “%1” is kept only until you quit.</source>
        <translation>“%1”의 키 시크릿은 종료할 때까지만 유지됩니다.</translation>
    </message>
    <message>
        <source>Project “%1” saved.</source>
        <translation>프로젝트 “%1”을(를) 저장했습니다.</translation>
    </message>
    <message>
        <source>Remove project</source>
        <translation>프로젝트 삭제</translation>
    </message>
    <message>
        <source>Remove the project “%1” from this computer? Its settings and the key secret in the keychain are deleted; nothing changes on the Sinch side.</source>
        <translation>이 컴퓨터에서 프로젝트 “%1”을(를) 삭제하시겠습니까? 설정과 키체인의 키 시크릿이 삭제되며 Sinch 쪽에는 변경이 없습니다.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>“%1” was removed, but its key secret could not be deleted from the keychain: %2</source>
        <translation>“%1”을(를) 삭제했지만 키체인에서 키 시크릿을 삭제하지 못했습니다: %2</translation>
    </message>
    <message>
        <source>Project “%1” removed.</source>
        <translation>프로젝트 “%1”을(를) 삭제했습니다.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::ProjectManager</name>
    <message>
        <source>The key secret of “%1” is not in the keychain. Edit the project and enter it again.</source>
        <translation>“%1”의 키 시크릿이 키체인에 없습니다. 프로젝트를 수정하여 다시 입력하세요.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::ProjectStatusLabel</name>
    <message>
        <source>Current project</source>
        <translation>현재 프로젝트</translation>
    </message>
    <message>
        <source>No project</source>
        <translation>프로젝트 없음</translation>
    </message>
    <message>
        <source>● %1 · built-in sandbox at %2</source>
        <translation>● %1 · %2의 내장 샌드박스</translation>
    </message>
    <message>
        <source>● %1</source>
        <translation>● %1</translation>
    </message>
    <message>
        <source>Project ID %1, key %2, %3</source>
        <translation>프로젝트 ID %1, 키 %2, %3</translation>
    </message>
</context>
<context>
    <name>sinch::ui::ProjectSwitcher</name>
    <message>
        <source>Project</source>
        <translation>프로젝트</translation>
    </message>
    <message>
        <source>Switch project (Ctrl+1 … Ctrl+9)</source>
        <translation>프로젝트 전환(Ctrl+1 … Ctrl+9)</translation>
    </message>
    <message>
        <source>No project</source>
        <translation>프로젝트 없음</translation>
    </message>
    <message>
        <source>Project %1</source>
        <translation>프로젝트 %1</translation>
    </message>
    <message>
        <source>Pro&amp;ject:</source>
        <translation>프로젝트(&amp;J):</translation>
    </message>
    <message>
        <source>%1 (sandbox)</source>
        <translation>%1(샌드박스)</translation>
    </message>
    <message>
        <source>Switch to %1</source>
        <translation>%1(으)로 전환</translation>
    </message>
</context>
<context>
    <name>sinch::ui::QuickOpenDialog</name>
    <message>
        <source>Quick open</source>
        <translation>빠른 열기</translation>
    </message>
    <message>
        <source>Name or ID of a template, sender, flow, webhook … in any project</source>
        <translation>모든 프로젝트의 템플릿, 발신자, Flow, 웹훅 등의 이름 또는 ID</translation>
    </message>
    <message>
        <source>Search every project</source>
        <translation>모든 프로젝트 검색</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Add a project first: Quick open searches the projects you have added.</source>
        <translation>먼저 프로젝트를 추가하세요. 빠른 열기는 추가한 프로젝트에서 검색합니다.</translation>
    </message>
    <message numerus="yes">
        <source>Type part of a name or an ID. %n item(s) of %1 project(s) to search.</source>
        <translation>
            <numerusform>이름 일부나 ID를 입력하세요. 프로젝트 %1개의 항목 %n개를 검색합니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing called “%1” in any project.</source>
        <translation>“%1”(이)라는 항목이 어느 프로젝트에도 없습니다.</translation>
    </message>
    <message>
        <source>Enter opens it; Up and Down choose.</source>
        <translation>Enter 키로 열고 위/아래 키로 선택합니다.</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n list(s)…</source>
        <translation>
            <numerusform>목록 %n개 읽는 중…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n list(s) could not be read (see Help → Request log).</source>
        <translation>
            <numerusform>목록 %n개를 읽을 수 없습니다(도움말 → 요청 로그 참고).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sinch::ui::RcsBasicsStep</name>
    <message>
        <source>Basics</source>
        <translation>기본 정보</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>리전(&amp;R)</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>지역</translation>
    </message>
    <message>
        <source>B&amp;illing category</source>
        <translation>청구 카테고리(&amp;I)</translation>
    </message>
    <message>
        <source>Billing category</source>
        <translation>청구 카테고리</translation>
    </message>
    <message>
        <source>&amp;Use case</source>
        <translation>사용 사례(&amp;U)</translation>
    </message>
    <message>
        <source>Use case</source>
        <translation>사용 사례</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>선택…</translation>
    </message>
    <message>
        <source>Hosting region</source>
        <translation>호스팅 리전</translation>
    </message>
    <message>
        <source>(not reported)</source>
        <translation>(보고되지 않음)</translation>
    </message>
    <message>
        <source>Google&apos;s hosting region, as the API reports it</source>
        <translation>API에서 보고한 Google 호스팅 리전</translation>
    </message>
    <message>
        <source>These three cannot be changed once the sender is created.</source>
        <translation>이 세 항목은 발신자를 만든 후에는 변경할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::RcsBrandPreviewRenderer</name>
    <message>
        <source>Call</source>
        <translation>전화</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>웹사이트</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>이메일</translation>
    </message>
    <message>
        <source>Privacy policy</source>
        <translation>개인정보처리방침</translation>
    </message>
    <message>
        <source>Terms of service</source>
        <translation>서비스 약관</translation>
    </message>
    <message>
        <source>Brand: %1</source>
        <translation>브랜드: %1</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>(아직 이름 없음)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Brand name</source>
        <translation>브랜드 이름</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(비어 있음)</translation>
    </message>
</context>
<context>
    <name>sinch::ui::RcsBrandPreviewWidget</name>
    <message>
        <source>Google Messages</source>
        <translation>Google 메시지</translation>
    </message>
    <message>
        <source>The brand card has no variables</source>
        <translation>브랜드 카드에는 변수가 없습니다</translation>
    </message>
    <message>
        <source>Brand preview</source>
        <translation>브랜드 미리보기</translation>
    </message>
</context>
<context>
    <name>sinch::ui::RcsBrandStep</name>
    <message>
        <source>Brand</source>
        <translation>브랜드</translation>
    </message>
    <message>
        <source>Brand na&amp;me</source>
        <translation>브랜드 이름(&amp;M)</translation>
    </message>
    <message>
        <source>Brand name</source>
        <translation>브랜드 이름</translation>
    </message>
    <message>
        <source>As people see it, at most %1 characters</source>
        <translation>사용자에게 표시되는 이름, 최대 %1자</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>설명(&amp;D)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>설명</translation>
    </message>
    <message>
        <source>One sentence, at most %1 characters</source>
        <translation>한 문장, 최대 %1자</translation>
    </message>
    <message>
        <source>Brand colour</source>
        <translation>브랜드 색상</translation>
    </message>
    <message>
        <source>#RRGGBB</source>
        <translation>#RRGGBB</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>선택(&amp;H)…</translation>
    </message>
    <message>
        <source>Choose brand colour</source>
        <translation>브랜드 색상 선택</translation>
    </message>
    <message>
        <source>Pick the colour in a colour dialog</source>
        <translation>색상 대화상자에서 색상 선택</translation>
    </message>
    <message>
        <source>&amp;Colour</source>
        <translation>색상(&amp;C)</translation>
    </message>
    <message>
        <source>https://… %1</source>
        <translation>https://… %1</translation>
    </message>
    <message>
        <source>&amp;Logo URL</source>
        <translation>로고 URL(&amp;L)</translation>
    </message>
    <message>
        <source>Logo URL</source>
        <translation>로고 URL</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>로고</translation>
    </message>
    <message>
        <source>Banne&amp;r URL</source>
        <translation>배너 URL(&amp;R)</translation>
    </message>
    <message>
        <source>Banner URL</source>
        <translation>배너 URL</translation>
    </message>
    <message>
        <source>Banner</source>
        <translation>배너</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>전화번호</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>전화번호</translation>
    </message>
    <message>
        <source>Add phone number</source>
        <translation>전화번호 추가</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>이메일</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>이메일 주소</translation>
    </message>
    <message>
        <source>Add email address</source>
        <translation>이메일 주소 추가</translation>
    </message>
    <message>
        <source>support@example.com</source>
        <translation>support@example.com</translation>
    </message>
    <message>
        <source>Websites</source>
        <translation>웹사이트</translation>
    </message>
    <message>
        <source>Website URL</source>
        <translation>웹사이트 URL</translation>
    </message>
    <message>
        <source>Add website</source>
        <translation>웹사이트 추가</translation>
    </message>
    <message>
        <source>https://example.com</source>
        <translation>https://example.com</translation>
    </message>
    <message>
        <source>&amp;Privacy policy URL</source>
        <translation>개인정보처리방침 URL(&amp;P)</translation>
    </message>
    <message>
        <source>Privacy policy URL</source>
        <translation>개인정보처리방침 URL</translation>
    </message>
    <message>
        <source>https://example.com/privacy</source>
        <translation>https://example.com/privacy</translation>
    </message>
    <message>
        <source>&amp;Terms of service URL</source>
        <translation>서비스 약관 URL(&amp;T)</translation>
    </message>
    <message>
        <source>Terms of service URL</source>
        <translation>서비스 약관 URL</translation>
    </message>
    <message>
        <source>https://example.com/terms</source>
        <translation>https://example.com/terms</translation>
    </message>
    <message>
        <source>%1 %2 label</source>
        <translation>%1 %2 라벨</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>At most %1 entries are allowed.</source>
        <translation>최대 %1개 항목까지 허용됩니다.</translation>
    </message>
    <message>
        <source>Add a contact</source>
        <translation>연락처 추가</translation>
    </message>
    <message>
        <source>Remove a contact</source>
        <translation>연락처 삭제</translation>
    </message>
    <message>
        <source>Choose the brand colour</source>
        <translation>브랜드 색상 선택</translation>
    </message>
    <message>
        <source>The colour of the buttons and icons on the card (default black).</source>
        <translation>카드의 버튼과 아이콘 색상(기본값 검은색).</translation>
    </message>
    <message>
        <source>⚠ White text on this colour: contrast %1:1, hard to read (aim for %2:1).</source>
        <translation>⚠ 이 색상 위 흰색 텍스트: 명암비 %1:1, 읽기 어려움(%2:1 권장).</translation>
    </message>
    <message>
        <source>White text on this colour: contrast %1:1, easy to read.</source>
        <translation>이 색상 위 흰색 텍스트: 명암비 %1:1, 읽기 쉬움.</translation>
    </message>
    <message>
        <source>logo</source>
        <comment>inside a sentence</comment>
        <translation>로고</translation>
    </message>
    <message>
        <source>banner</source>
        <comment>inside a sentence</comment>
        <translation>배너</translation>
    </message>
    <message>
        <source>Remove: %1 %2</source>
        <translation>삭제: %1 %2</translation>
    </message>
    <message>
        <source>+442071234567 or 2071234567</source>
        <translation>+442071234567 또는 2071234567</translation>
    </message>
    <message>
        <source>Label (at most %1)</source>
        <translation>레이블(최대 %1자)</translation>
    </message>
</context>
<context>
    <name>sinch::ui::RcsCountriesStep</name>
    <message>
        <source>Countries</source>
        <translation>국가</translation>
    </message>
    <message>
        <source>&amp;Countries</source>
        <translation>국가(&amp;C)</translation>
    </message>
    <message>
        <source>Check at least one country (Space toggles the selected one). Each of GB, FR, ES and US adds its own questions to the launch questionnaire.</source>
        <translation>국가를 하나 이상 선택하세요(Space 키로 선택한 항목 전환). GB, FR, ES, US는 각각 출시 설문에 질문을 추가합니다.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::RcsImageCheck</name>
    <message>
        <source>%1 check</source>
        <translation>%1 확인</translation>
    </message>
    <message>
        <source>Sinch needs %1.</source>
        <translation>Sinch에는 %1이(가) 필요합니다.</translation>
    </message>
    <message>
        <source>Fetching the %1 to check it…</source>
        <translation>확인을 위해 %1 가져오는 중…</translation>
    </message>
    <message>
        <source>The %1 could not be fetched: check the address, or try again later.</source>
        <translation>%1을(를) 가져올 수 없습니다. 주소를 확인하거나 나중에 다시 시도하세요.</translation>
    </message>
    <message>
        <source>⚠ The %1 could not be fetched: %2 Check the address; Sinch must be able to fetch it.</source>
        <translation>⚠ %1을(를) 가져올 수 없습니다: %2 주소를 확인하세요. Sinch에서 가져올 수 있어야 합니다.</translation>
    </message>
    <message>
        <source>More than %1 KB</source>
        <translation>%1KB 초과</translation>
    </message>
    <message>
        <source>%1 × %2 %3, %4 KB</source>
        <translation>%1 × %2 %3, %4KB</translation>
    </message>
    <message>
        <source>%1: as Sinch needs it.</source>
        <translation>%1: Sinch 요건에 맞습니다.</translation>
    </message>
    <message>
        <source>⚠ %1 Use an image of %2.</source>
        <translation>⚠ %1 %2 이미지를 사용하세요.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::RcsLaunchBoard</name>
    <message>
        <source>Launch state</source>
        <translation>출시 상태</translation>
    </message>
    <message>
        <source>Show only operators that &amp;need action</source>
        <translation>조치가 필요한 이동통신사만 표시(&amp;N)</translation>
    </message>
    <message>
        <source>Needs action only</source>
        <translation>조치 필요 항목만</translation>
    </message>
    <message>
        <source>Rejected, suspended or invalid in Google My Business: the launch stalls there until you act.</source>
        <translation>거부됨, 일시 중지됨 또는 Google 마이 비즈니스에서 유효하지 않음: 조치할 때까지 출시가 멈춥니다.</translation>
    </message>
    <message>
        <source>Launch board</source>
        <translation>출시 현황</translation>
    </message>
    <message>
        <source>Country / operator</source>
        <translation>국가 / 이동통신사</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>비고</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>최근 변경</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;. No operator has been asked yet: launch the sender to see their decisions here.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;. 아직 요청한 이동통신사가 없습니다. 발신자를 출시하면 여기에 결정이 표시됩니다.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;. Launched with %2 of %3 operators</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;. 이동통신사 %3곳 중 %2곳에서 출시됨</translation>
    </message>
    <message>
        <source>; 1 is still deciding</source>
        <translation>; 1곳 결정 대기 중</translation>
    </message>
    <message>
        <source>; %1 are still deciding</source>
        <translation>; %1곳 결정 대기 중</translation>
    </message>
    <message>
        <source>; &lt;b&gt;1 needs action&lt;/b&gt; (see its remark)</source>
        <translation>; &lt;b&gt;1곳 조치 필요&lt;/b&gt;(비고 참고)</translation>
    </message>
    <message>
        <source>; &lt;b&gt;%1 need action&lt;/b&gt; (see their remarks)</source>
        <translation>; &lt;b&gt;%1곳 조치 필요&lt;/b&gt;(비고 참고)</translation>
    </message>
</context>
<context>
    <name>sinch::ui::RcsLaunchPanel</name>
    <message>
        <source>Launch checklist summary</source>
        <translation>출시 체크리스트 요약</translation>
    </message>
    <message>
        <source>&amp;Launch</source>
        <translation>출시(&amp;L)</translation>
    </message>
    <message>
        <source>Launch</source>
        <translation>출시</translation>
    </message>
    <message>
        <source>Launch checklist</source>
        <translation>출시 체크리스트</translation>
    </message>
    <message>
        <source>Double-click an item (or press Enter) to go to its field.</source>
        <translation>항목을 더블클릭하거나 Enter 키를 누르면 해당 필드로 이동합니다.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Operators&lt;/b&gt;</source>
        <translation>&lt;b&gt;이동통신사&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Needed before the launch. Field: %1</source>
        <translation>출시 전 필수. 필드: %1</translation>
    </message>
    <message>
        <source>A warning: the launch is allowed. Field: %1</source>
        <translation>경고: 출시는 가능합니다. 필드: %1</translation>
    </message>
    <message>
        <source>Launch requested. The operators&apos; decisions are below.</source>
        <translation>출시를 요청했습니다. 이동통신사의 결정은 아래에 표시됩니다.</translation>
    </message>
    <message>
        <source>&lt;b&gt;1 item is missing before this sender can launch.&lt;/b&gt;</source>
        <translation>&lt;b&gt;이 발신자를 출시하려면 1개 항목이 더 필요합니다.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 items are missing before this sender can launch.&lt;/b&gt;</source>
        <translation>&lt;b&gt;이 발신자를 출시하려면 %1개 항목이 더 필요합니다.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Press Enter on one (or double-click it) to go to its field.</source>
        <translation>항목에서 Enter 키를 누르거나 더블클릭하면 해당 필드로 이동합니다.</translation>
    </message>
    <message>
        <source>Ready to launch, with 1 warning to consider.</source>
        <translation>출시 준비 완료, 확인할 경고 1개.</translation>
    </message>
    <message>
        <source>Ready to launch, with %1 warnings to consider.</source>
        <translation>출시 준비 완료, 확인할 경고 %1개.</translation>
    </message>
    <message>
        <source>Ready to launch: nothing is missing.</source>
        <translation>출시 준비 완료: 누락된 항목이 없습니다.</translation>
    </message>
    <message>
        <source>Open a sender first.</source>
        <translation>먼저 발신자를 여세요.</translation>
    </message>
    <message>
        <source>The launch request is on its way.</source>
        <translation>출시 요청을 보내는 중입니다.</translation>
    </message>
    <message>
        <source>Only a sender in test can launch; this one is: %1.</source>
        <translation>테스트 중인 발신자만 출시할 수 있습니다. 이 발신자의 상태: %1.</translation>
    </message>
    <message>
        <source>1 checklist item is missing: fix it first (press Enter on it to go to its field).</source>
        <translation>체크리스트 항목 1개가 누락되었습니다. 먼저 해결하세요(항목에서 Enter 키를 누르면 해당 필드로 이동).</translation>
    </message>
    <message>
        <source>%1 checklist items are missing: fix them first (press Enter on one to go to its field).</source>
        <translation>체크리스트 항목 %1개가 누락되었습니다. 먼저 해결하세요(항목에서 Enter 키를 누르면 해당 필드로 이동).</translation>
    </message>
    <message>
        <source>Ask the operators of every chosen country to launch this sender</source>
        <translation>선택한 모든 국가의 이동통신사에 이 발신자의 출시를 요청합니다</translation>
    </message>
    <message>
        <source>Launch sender</source>
        <translation>발신자 출시</translation>
    </message>
    <message>
        <source>Launching…</source>
        <translation>출시 중…</translation>
    </message>
    <message>
        <source>Launch &quot;%1&quot; in %2? The operators of each country review it, and from then on only %3 can change.</source>
        <translation>&quot;%1&quot;을(를) %2에서 출시하시겠습니까? 각 국가의 이동통신사가 검토하며, 이후에는 %3만 변경할 수 있습니다.</translation>
    </message>
    <message>
        <source>Launched. The operators&apos; decisions are below.</source>
        <translation>출시되었습니다. 이동통신사의 결정은 아래에 표시됩니다.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::RcsQuestionRow</name>
    <message>
        <source>%1 (deprecated: no longer required, may be left empty)</source>
        <translation>%1(지원 중단: 더 이상 필수가 아니므로 비워 둘 수 있음)</translation>
    </message>
    <message>
        <source>%1: %2 – %3</source>
        <translation>%1: %2 – %3</translation>
    </message>
    <message>
        <source>Pick or unpick this answer; several may be picked</source>
        <translation>이 답변을 선택하거나 해제합니다. 여러 개를 선택할 수 있습니다</translation>
    </message>
    <message>
        <source>Use this answer (click again to clear it)</source>
        <translation>이 답변 사용(다시 클릭하면 해제)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>https://… (several separated by %1)</source>
        <translation>https://…(여러 개는 %1(으)로 구분)</translation>
    </message>
    <message>
        <source>Or add your own words</source>
        <translation>또는 직접 입력</translation>
    </message>
    <message>
        <source>Or write your own answer</source>
        <translation>또는 직접 답변 작성</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>답변</translation>
    </message>
    <message>
        <source>Answer %1</source>
        <translation>%1 답변</translation>
    </message>
</context>
<context>
    <name>sinch::ui::RcsQuestionnaireForm</name>
    <message>
        <source>Launch questionnaire</source>
        <translation>출시 설문</translation>
    </message>
    <message>
        <source>The questions come from Sinch for the sender&apos;s use case and countries. Pick a suggested answer (several where the question allows) or write your own.</source>
        <translation>질문은 발신자의 사용 사례와 국가에 따라 Sinch에서 제공합니다. 추천 답변을 선택하거나(질문에 따라 여러 개) 직접 작성하세요.</translation>
    </message>
    <message>
        <source>Unanswered questions</source>
        <translation>답하지 않은 질문</translation>
    </message>
    <message>
        <source>Loading the questions</source>
        <translation>질문 불러오는 중</translation>
    </message>
    <message>
        <source>&amp;Reload questions</source>
        <translation>질문 다시 불러오기(&amp;R)</translation>
    </message>
    <message>
        <source>Reload questions</source>
        <translation>질문 다시 불러오기</translation>
    </message>
    <message>
        <source>Ask Sinch for the questions again: they may change for a country</source>
        <translation>Sinch에 질문을 다시 요청합니다. 국가에 따라 바뀔 수 있습니다</translation>
    </message>
    <message>
        <source>Questionnaire findings</source>
        <translation>설문 검사 결과</translation>
    </message>
    <message>
        <source>Choose the sender&apos;s use case first: the questions depend on it.</source>
        <translation>먼저 발신자의 사용 사례를 선택하세요. 질문은 사용 사례에 따라 달라집니다.</translation>
    </message>
    <message>
        <source>The questions are being loaded</source>
        <translation>질문을 불러오는 중입니다</translation>
    </message>
    <message>
        <source>Loading the questions…</source>
        <translation>질문 불러오는 중…</translation>
    </message>
    <message>
        <source>Every question is answered.</source>
        <translation>모든 질문에 답했습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) unanswered</source>
        <translation>
            <numerusform>답하지 않은 질문 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every question is answered; %n answer(s) to correct.</source>
        <translation>
            <numerusform>모든 질문에 답했습니다. 고칠 답변 %n개.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; %n answer(s) to correct</source>
        <translation>
            <numerusform>%1, 고칠 답변 %n개</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sinch::ui::RcsQuestionnaireSection</name>
    <message>
        <source>This country is no longer among the sender&apos;s countries: its answers are kept until the sender is saved. Add the country again to edit them.</source>
        <translation>이 국가는 더 이상 발신자의 국가에 포함되지 않습니다. 발신자를 저장할 때까지 답변이 유지됩니다. 수정하려면 국가를 다시 추가하세요.</translation>
    </message>
    <message>
        <source>The API asks no questions in this section.</source>
        <translation>이 섹션에는 API 질문이 없습니다.</translation>
    </message>
    <message>
        <source>%1 – kept until saved</source>
        <translation>%1 – 저장 전까지 유지</translation>
    </message>
    <message>
        <source>%1 – all answered</source>
        <translation>%1 – 모두 답변함</translation>
    </message>
    <message numerus="yes">
        <source>%1 – %n unanswered</source>
        <translation>
            <numerusform>%1 – %n개 미답변</numerusform>
        </translation>
    </message>
    <message>
        <source>Section %1</source>
        <translation>섹션 %1</translation>
    </message>
    <message>
        <source>The country was removed from the sender; add it again to edit these answers</source>
        <translation>국가가 발신자에서 삭제되었습니다. 이 답변을 수정하려면 다시 추가하세요</translation>
    </message>
    <message>
        <source>Show or hide the questions of this section</source>
        <translation>이 섹션의 질문 표시 또는 숨기기</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n to correct</source>
        <translation>
            <numerusform>%1, %n개 수정 필요</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sinch::ui::RcsReviewStep</name>
    <message>
        <source>Review</source>
        <translation>검토</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>지역</translation>
    </message>
    <message>
        <source>Billing category</source>
        <translation>청구 카테고리</translation>
    </message>
    <message>
        <source>Use case</source>
        <translation>사용 사례</translation>
    </message>
    <message>
        <source>Brand name</source>
        <translation>브랜드 이름</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>설명</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>색상</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>로고</translation>
    </message>
    <message>
        <source>Banner</source>
        <translation>배너</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>전화번호</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>이메일</translation>
    </message>
    <message>
        <source>Websites</source>
        <translation>웹사이트</translation>
    </message>
    <message>
        <source>Privacy policy</source>
        <translation>개인정보처리방침</translation>
    </message>
    <message>
        <source>Terms of service</source>
        <translation>서비스 약관</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>국가</translation>
    </message>
    <message>
        <source>Test numbers</source>
        <translation>테스트 번호</translation>
    </message>
    <message>
        <source>Finish sends the details; region, billing category and use case stay.</source>
        <translation>완료를 누르면 세부 정보를 보냅니다. 리전, 청구 카테고리, 사용 사례는 유지됩니다.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Finish creates the sender in the test state (%1).</source>
        <translation>완료를 누르면 테스트 상태(%1)로 발신자를 만듭니다.</translation>
    </message>
    <message>
        <source>Before launch</source>
        <translation>출시 전</translation>
    </message>
    <message>
        <source>Nothing is missing for a launch.</source>
        <translation>출시에 필요한 항목이 모두 있습니다.</translation>
    </message>
    <message>
        <source>Finish saves the sender without these; its launch asks for them:</source>
        <translation>완료를 누르면 이 항목 없이 발신자가 저장됩니다. 출시할 때 다음 항목이 필요합니다:</translation>
    </message>
</context>
<context>
    <name>sinch::ui::RcsSenderDetail</name>
    <message>
        <source>Testing: add test numbers, answer the questionnaire, then launch.</source>
        <translation>테스트 중: 테스트 번호를 추가하고 설문에 답한 후 출시하세요.</translation>
    </message>
    <message>
        <source>Launching: the operators review the sender; only the countries can change.</source>
        <translation>출시 중: 이동통신사가 발신자를 검토 중이며 국가만 변경할 수 있습니다.</translation>
    </message>
    <message>
        <source>Launched: messages reach people in the launched countries; only the countries can change.</source>
        <translation>출시됨: 출시된 국가의 사용자에게 메시지가 전달되며 국가만 변경할 수 있습니다.</translation>
    </message>
    <message>
        <source>Unlaunched: the sender no longer reaches people.</source>
        <translation>출시 취소됨: 발신자가 더 이상 사용자에게 전달되지 않습니다.</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>브랜드</translation>
    </message>
    <message>
        <source>Use case</source>
        <translation>사용 사례</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>지역</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>연락처</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>국가</translation>
    </message>
    <message>
        <source>Test numbers</source>
        <translation>테스트 번호</translation>
    </message>
    <message>
        <source>Conversation app</source>
        <translation>Conversation 앱</translation>
    </message>
    <message>
        <source>Auth name</source>
        <translation>인증 이름</translation>
    </message>
    <message>
        <source>Auth token</source>
        <translation>인증 토큰</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>표시</translation>
    </message>
    <message>
        <source>Reveal auth token</source>
        <translation>인증 토큰 표시</translation>
    </message>
    <message>
        <source>Show the token until another sender is chosen</source>
        <translation>다른 발신자를 선택할 때까지 토큰을 표시합니다</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>숨기기</translation>
    </message>
    <message>
        <source>Auth to&amp;ken</source>
        <translation>인증 토큰(&amp;K)</translation>
    </message>
    <message>
        <source>Choose a sender.</source>
        <translation>발신자를 선택하세요.</translation>
    </message>
    <message>
        <source>%1 — %2 (colour %3)</source>
        <translation>%1 — %2(색상 %3)</translation>
    </message>
    <message>
        <source>%1, billed as %2</source>
        <translation>%1, %2(으)로 청구</translation>
    </message>
    <message>
        <source>%1; hosted by Google in %2</source>
        <translation>%1, Google이 %2에서 호스팅</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>None connected yet</source>
        <translation>아직 연결된 항목 없음</translation>
    </message>
    <message>
        <source>App ID %1</source>
        <translation>앱 ID %1</translation>
    </message>
    <message>
        <source>%1 (colour %2)</source>
        <translation>%1(색상 %2)</translation>
    </message>
</context>
<context>
    <name>sinch::ui::RcsSenderWizard</name>
    <message>
        <source>Enter the brand name people see at the top of your messages.</source>
        <translation>메시지 상단에 표시될 브랜드 이름을 입력하세요.</translation>
    </message>
    <message>
        <source>Back to %1 (Alt+B)</source>
        <translation>%1(으)로 돌아가기(Alt+B)</translation>
    </message>
    <message>
        <source>This is the first step.</source>
        <translation>첫 번째 단계입니다.</translation>
    </message>
    <message>
        <source>Go on (Alt+N)</source>
        <translation>계속(Alt+N)</translation>
    </message>
    <message>
        <source>Fix this first: %1</source>
        <translation>먼저 수정하세요: %1</translation>
    </message>
    <message>
        <source>&amp;Finish: save the details</source>
        <translation>완료(&amp;F): 세부 정보 저장</translation>
    </message>
    <message>
        <source>&amp;Finish: create the sender</source>
        <translation>완료(&amp;F): 발신자 만들기</translation>
    </message>
    <message>
        <source>Send it (Ctrl+S)</source>
        <translation>보내기(Ctrl+S)</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>보내지 않음: %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>저장 중…</translation>
    </message>
    <message>
        <source>Creating the sender…</source>
        <translation>발신자 만드는 중…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>저장되었습니다.</translation>
    </message>
    <message>
        <source>Sender created.</source>
        <translation>발신자가 생성되었습니다.</translation>
    </message>
    <message>
        <source>The server refused the fields marked in red.</source>
        <translation>서버에서 빨간색으로 표시된 항목을 거부했습니다.</translation>
    </message>
    <message>
        <source>Edit RCS sender %1</source>
        <translation>RCS 발신자 %1 수정</translation>
    </message>
    <message>
        <source>New RCS sender</source>
        <translation>새 RCS 발신자</translation>
    </message>
    <message>
        <source>Locked fields</source>
        <translation>잠긴 필드</translation>
    </message>
    <message>
        <source>Wizard steps</source>
        <translation>마법사 단계</translation>
    </message>
    <message>
        <source>1. Basics</source>
        <translation>1. 기본 정보</translation>
    </message>
    <message>
        <source>2. Brand</source>
        <translation>2. 브랜드</translation>
    </message>
    <message>
        <source>3. Countries</source>
        <translation>3. 국가</translation>
    </message>
    <message>
        <source>4. Questionnaire</source>
        <translation>4. 설문</translation>
    </message>
    <message>
        <source>5. Test numbers</source>
        <translation>5. 테스트 번호</translation>
    </message>
    <message>
        <source>6. Review</source>
        <translation>6. 검토</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 이전(&amp;B)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>이전</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>다음(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>다음</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>완료(&amp;F)</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Close the wizard; what you typed is kept as a draft (Esc)</source>
        <translation>마법사를 닫습니다. 입력한 내용은 임시 저장됩니다(Esc)</translation>
    </message>
    <message>
        <source>Take up the unfinished wizard</source>
        <translation>완료하지 않은 마법사 이어서 하기</translation>
    </message>
    <message>
        <source>The wizard you left unfinished is back. Undo (Ctrl+Z) drops it.</source>
        <translation>완료하지 않은 마법사를 복원했습니다. 실행 취소(Ctrl+Z)하면 버려집니다.</translation>
    </message>
    <message>
        <source>Finish %1 first: %2</source>
        <translation>먼저 %1을(를) 완료하세요: %2</translation>
    </message>
    <message>
        <source>Unfinished wizard</source>
        <translation>완료하지 않은 마법사</translation>
    </message>
    <message>
        <source>Keep what you typed for the next time you open the wizard?</source>
        <translation>다음에 마법사를 열 때를 위해 입력한 내용을 보관하시겠습니까?</translation>
    </message>
    <message>
        <source>Discard drops it; Cancel goes back to the wizard.</source>
        <translation>버리기를 누르면 삭제되고, 취소를 누르면 마법사로 돌아갑니다.</translation>
    </message>
    <message>
        <source>Keep as draft</source>
        <translation>임시 저장</translation>
    </message>
    <message>
        <source>%1 The other fields are read-only.</source>
        <translation>%1 다른 필드는 읽기 전용입니다.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::RcsSendersPage</name>
    <message>
        <source>&amp;New sender…</source>
        <translation>새 발신자(&amp;N)…</translation>
    </message>
    <message>
        <source>Create an RCS sender in the wizard (Ctrl+N)</source>
        <translation>마법사에서 RCS 발신자 만들기(Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>수정(&amp;E)…</translation>
    </message>
    <message>
        <source>Sender actions</source>
        <translation>발신자 작업</translation>
    </message>
    <message>
        <source>Send &amp;test…</source>
        <translation>테스트 발송(&amp;T)…</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>발신자</translation>
    </message>
    <message>
        <source>&amp;Test devices</source>
        <translation>테스트 기기(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Launch</source>
        <translation>출시(&amp;L)</translation>
    </message>
    <message>
        <source>Choose a project first.</source>
        <translation>먼저 프로젝트를 선택하세요.</translation>
    </message>
    <message>
        <source>The wizard is open.</source>
        <translation>마법사가 열려 있습니다.</translation>
    </message>
    <message>
        <source>Choose a sender in the list first.</source>
        <translation>먼저 목록에서 발신자를 선택하세요.</translation>
    </message>
    <message>
        <source>Edit the chosen sender in the wizard (Enter)</source>
        <translation>선택한 발신자를 마법사에서 수정(Enter)</translation>
    </message>
    <message>
        <source>The sender is not connected to a Conversation app yet.</source>
        <translation>발신자가 아직 Conversation 앱에 연결되지 않았습니다.</translation>
    </message>
    <message>
        <source>Send a message from the chosen sender to a phone (asks first)</source>
        <translation>선택한 발신자로 휴대폰에 메시지 보내기(먼저 확인)</translation>
    </message>
    <message>
        <source>A test message from %1.</source>
        <translation>%1의 테스트 메시지입니다.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::RcsTestNumbersPanel</name>
    <message>
        <source>&lt;b&gt;Test devices&lt;/b&gt;</source>
        <translation>&lt;b&gt;테스트 기기&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Phones that receive this sender&apos;s messages before it launches. Each tester accepts an invite on the phone first.</source>
        <translation>출시 전에 이 발신자의 메시지를 받는 휴대폰입니다. 각 테스터는 먼저 휴대폰에서 초대를 수락해야 합니다.</translation>
    </message>
    <message>
        <source>Test numbers</source>
        <translation>테스트 번호</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>번호</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>제출일</translation>
    </message>
    <message>
        <source>&amp;Resend invite</source>
        <translation>초대 다시 보내기(&amp;R)</translation>
    </message>
    <message>
        <source>Show &amp;capabilities</source>
        <translation>지원 기능 표시(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>삭제(&amp;D)…</translation>
    </message>
    <message>
        <source>Resend invite</source>
        <translation>초대 다시 보내기</translation>
    </message>
    <message>
        <source>Show capabilities</source>
        <translation>지원 기능 표시</translation>
    </message>
    <message>
        <source>Delete test number</source>
        <translation>테스트 번호 삭제</translation>
    </message>
    <message>
        <source>Device capabilities</source>
        <translation>기기 지원 기능</translation>
    </message>
    <message>
        <source>&amp;New test number:</source>
        <translation>새 테스트 번호(&amp;N):</translation>
    </message>
    <message>
        <source>New test number</source>
        <translation>새 테스트 번호</translation>
    </message>
    <message>
        <source>+447700900123</source>
        <translation>+447700900123</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>추가(&amp;A)</translation>
    </message>
    <message>
        <source>Add test number</source>
        <translation>테스트 번호 추가</translation>
    </message>
    <message>
        <source>New test number problem</source>
        <translation>새 테스트 번호 문제</translation>
    </message>
    <message>
        <source>Test number progress</source>
        <translation>테스트 번호 진행 상황</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>아직 없음</translation>
    </message>
    <message>
        <source>Open a sender first.</source>
        <translation>먼저 발신자를 여세요.</translation>
    </message>
    <message>
        <source>Type a number in E.164 format: + and the country code, then up to 15 digits in all.</source>
        <translation>E.164 형식으로 번호를 입력하세요: +와 국가 코드, 그다음 전체 15자리 이하의 숫자.</translation>
    </message>
    <message>
        <source>%1 is already verified: adding it again makes it unverified until the tester accepts a new invite.</source>
        <translation>%1은(는) 이미 인증되었습니다. 다시 추가하면 테스터가 새 초대를 수락할 때까지 미인증 상태가 됩니다.</translation>
    </message>
    <message>
        <source>%1 is already a test number.</source>
        <translation>%1은(는) 이미 테스트 번호입니다.</translation>
    </message>
    <message numerus="yes">
        <source>A sender has at most %n test numbers: delete one first.</source>
        <translation>
            <numerusform>발신자당 테스트 번호는 최대 %n개입니다. 먼저 하나를 삭제하세요.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add %1 and send it an invite</source>
        <translation>%1을(를) 추가하고 초대 보내기</translation>
    </message>
    <message>
        <source>Select a test number first.</source>
        <translation>먼저 테스트 번호를 선택하세요.</translation>
    </message>
    <message>
        <source>Wait for the current request to finish.</source>
        <translation>현재 요청이 끝날 때까지 기다리세요.</translation>
    </message>
    <message>
        <source>%1 is verified: there is no invite to resend.</source>
        <translation>%1은(는) 인증되었으므로 다시 보낼 초대가 없습니다.</translation>
    </message>
    <message>
        <source>Send the invite to %1 again</source>
        <translation>%1에 초대 다시 보내기</translation>
    </message>
    <message>
        <source>Only a verified device reports what it supports.</source>
        <translation>인증된 기기만 지원 기능을 보고합니다.</translation>
    </message>
    <message>
        <source>Ask what %1 supports</source>
        <translation>%1의 지원 기능 요청</translation>
    </message>
    <message>
        <source>Remove %1 from the testers</source>
        <translation>테스터에서 %1 삭제</translation>
    </message>
    <message>
        <source>Adding %1…</source>
        <translation>%1 추가 중…</translation>
    </message>
    <message>
        <source>Sending the invite to %1 again…</source>
        <translation>%1에 초대 다시 보내는 중…</translation>
    </message>
    <message>
        <source>The invite was sent to %1 again.</source>
        <translation>%1에 초대를 다시 보냈습니다.</translation>
    </message>
    <message>
        <source>Asking what %1 supports…</source>
        <translation>%1의 지원 기능 요청 중…</translation>
    </message>
    <message>
        <source>%1 reports no RCS features.</source>
        <translation>%1에서 보고한 RCS 기능이 없습니다.</translation>
    </message>
    <message>
        <source>%1 supports: %2.</source>
        <translation>%1 지원 기능: %2.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Remove %1 from this sender&apos;s testers? The device stops receiving test messages.</source>
        <translation>이 발신자의 테스터에서 %1을(를) 삭제하시겠습니까? 해당 기기는 더 이상 테스트 메시지를 받지 않습니다.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Deleting %1…</source>
        <translation>%1 삭제 중…</translation>
    </message>
    <message>
        <source>Loading the test numbers…</source>
        <translation>테스트 번호 불러오는 중…</translation>
    </message>
    <message>
        <source>%1 is not in E.164 format: start with + and the country code, then the number (e.g. +447700900123).</source>
        <translation>%1은(는) E.164 형식이 아닙니다. +와 국가 번호로 시작한 다음 번호를 쓰세요(예: +447700900123).</translation>
    </message>
</context>
<context>
    <name>sinch::ui::RcsTestNumbersStep</name>
    <message>
        <source>Test numbers</source>
        <translation>테스트 번호</translation>
    </message>
    <message>
        <source>Test number %1</source>
        <translation>테스트 번호 %1</translation>
    </message>
    <message>
        <source>+46701234567</source>
        <translation>+46701234567</translation>
    </message>
    <message>
        <source>Remove test number %1</source>
        <translation>테스트 번호 %1 삭제</translation>
    </message>
    <message>
        <source>Number %1</source>
        <translation>번호 %1</translation>
    </message>
    <message>
        <source>&amp;Add test number</source>
        <translation>테스트 번호 추가(&amp;A)</translation>
    </message>
    <message>
        <source>Add test number</source>
        <translation>테스트 번호 추가</translation>
    </message>
    <message>
        <source>At most %1 test numbers are allowed.</source>
        <translation>테스트 번호는 최대 %1개까지 허용됩니다.</translation>
    </message>
    <message>
        <source>Up to %1 phones in E.164 (+ and the country code) that may try the sender before it launches. Each owner accepts a tester invite; a number added again is unverified again.</source>
        <translation>출시 전에 발신자를 사용해 볼 수 있는 E.164 형식(+와 국가 코드)의 휴대폰 최대 %1대. 각 소유자가 테스터 초대를 수락해야 하며, 다시 추가한 번호는 다시 미인증 상태가 됩니다.</translation>
    </message>
    <message>
        <source>Add a test number</source>
        <translation>테스트 번호 추가</translation>
    </message>
    <message>
        <source>Remove a test number</source>
        <translation>테스트 번호 삭제</translation>
    </message>
</context>
<context>
    <name>sinch::ui::RcsUpscalesPage</name>
    <message>
        <source>Choose a project to see its RCS upscales.</source>
        <translation>RCS 업스케일을 보려면 프로젝트를 선택하세요.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::RcsUpscalesPanel</name>
    <message>
        <source>An upscale joins a launched RCS sender to an SMS number in one country, so that messages fall back to SMS where RCS is not available.</source>
        <translation>업스케일은 출시된 RCS 발신자를 한 국가의 SMS 번호에 연결하여, RCS를 사용할 수 없는 경우 메시지를 SMS로 대체 발송합니다.</translation>
    </message>
    <message>
        <source>Upscales</source>
        <translation>업스케일</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>국가</translation>
    </message>
    <message>
        <source>RCS sender</source>
        <translation>RCS 발신자</translation>
    </message>
    <message>
        <source>SMS number</source>
        <translation>SMS 번호</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>업데이트됨</translation>
    </message>
    <message>
        <source>Upscale details</source>
        <translation>업스케일 세부 정보</translation>
    </message>
    <message>
        <source>R&amp;efresh</source>
        <translation>새로 고침(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>다시 시도(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>삭제(&amp;D)…</translation>
    </message>
    <message>
        <source>Refresh upscales</source>
        <translation>업스케일 새로 고침</translation>
    </message>
    <message>
        <source>Retry upscale</source>
        <translation>업스케일 다시 시도</translation>
    </message>
    <message>
        <source>Delete upscale</source>
        <translation>업스케일 삭제</translation>
    </message>
    <message>
        <source>New upscale</source>
        <translation>새 업스케일</translation>
    </message>
    <message>
        <source>RCS sender to upscale</source>
        <translation>업스케일할 RCS 발신자</translation>
    </message>
    <message>
        <source>Upscale country</source>
        <translation>업스케일 국가</translation>
    </message>
    <message>
        <source>SMS number ID</source>
        <translation>SMS 번호 ID</translation>
    </message>
    <message>
        <source>32 hexadecimal digits, from the Numbers dashboard</source>
        <translation>Numbers 대시보드의 16진수 32자리</translation>
    </message>
    <message>
        <source>SMS number ID problem</source>
        <translation>SMS 번호 ID 문제</translation>
    </message>
    <message>
        <source>&amp;Create upscale</source>
        <translation>업스케일 만들기(&amp;C)</translation>
    </message>
    <message>
        <source>Create upscale</source>
        <translation>업스케일 만들기</translation>
    </message>
    <message>
        <source>RCS &amp;sender:</source>
        <translation>RCS 발신자(&amp;S):</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>국가(&amp;O):</translation>
    </message>
    <message>
        <source>SMS &amp;number ID:</source>
        <translation>SMS 번호 ID(&amp;N):</translation>
    </message>
    <message>
        <source>Upscale progress</source>
        <translation>업스케일 진행 상황</translation>
    </message>
    <message>
        <source>Loading the upscales…</source>
        <translation>업스케일 불러오는 중…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1(%2)</translation>
    </message>
    <message>
        <source>Select an upscale to read it in words.</source>
        <translation>업스케일을 선택하면 설명이 표시됩니다.</translation>
    </message>
    <message>
        <source>Select an upscale first.</source>
        <translation>먼저 업스케일을 선택하세요.</translation>
    </message>
    <message>
        <source>Wait for the current request to finish.</source>
        <translation>현재 요청이 끝날 때까지 기다리세요.</translation>
    </message>
    <message>
        <source>Try the failed step again</source>
        <translation>실패한 단계 다시 시도</translation>
    </message>
    <message>
        <source>Only a failed upscale can be retried; this one is: %1.</source>
        <translation>실패한 업스케일만 다시 시도할 수 있습니다. 이 업스케일의 상태: %1.</translation>
    </message>
    <message>
        <source>Wait until the server finishes: %1.</source>
        <translation>서버 작업이 끝날 때까지 기다리세요: %1.</translation>
    </message>
    <message>
        <source>Detach the SMS number from the RCS sender</source>
        <translation>RCS 발신자에서 SMS 번호 연결 해제</translation>
    </message>
    <message>
        <source>No launched RCS sender without an upscale: launch a sender first.</source>
        <translation>업스케일이 없는 출시된 RCS 발신자가 없습니다. 먼저 발신자를 출시하세요.</translation>
    </message>
    <message>
        <source>Type the ID of the SMS number (32 hexadecimal digits, no dashes).</source>
        <translation>SMS 번호 ID를 입력하세요(하이픈 없는 16진수 32자리).</translation>
    </message>
    <message>
        <source>“%1” is not an SMS number ID: it has 32 hexadecimal digits (0-9, a-f) and no dashes.</source>
        <translation>“%1”은(는) SMS 번호 ID가 아닙니다. ID는 하이픈 없는 16진수(0-9, a-f) 32자리입니다.</translation>
    </message>
    <message>
        <source>Join the sender to the SMS number</source>
        <translation>발신자를 SMS 번호에 연결</translation>
    </message>
    <message>
        <source>Creating the upscale…</source>
        <translation>업스케일 만드는 중…</translation>
    </message>
    <message>
        <source>Retrying the upscale…</source>
        <translation>업스케일 다시 시도 중…</translation>
    </message>
    <message>
        <source>Delete this upscale? %1 Messages no longer fall back to SMS.</source>
        <translation>이 업스케일을 삭제하시겠습니까? %1 메시지가 더 이상 SMS로 대체 발송되지 않습니다.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Deleting the upscale…</source>
        <translation>업스케일 삭제 중…</translation>
    </message>
    <message>
        <source>The RCS senders could not be read: see the message above.</source>
        <translation>RCS 발신자를 읽을 수 없습니다. 위의 메시지를 확인하세요.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::RcsWizardStep</name>
    <message>
        <source>Fixed once the sender exists: an update changes only its details.</source>
        <translation>발신자가 생성된 후에는 고정됩니다. 업데이트는 세부 정보만 변경합니다.</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>읽기 전용: %1</translation>
    </message>
</context>
<context>
    <name>sinch::ui::RejectionReasons</name>
    <message>
        <source>Abusive content</source>
        <translation>불건전한 콘텐츠</translation>
    </message>
    <message>
        <source>WhatsApp found wording it considers threatening, offensive or against its commerce policy.</source>
        <translation>WhatsApp에서 위협적이거나 불쾌하거나 상거래 정책에 위배되는 문구를 발견했습니다.</translation>
    </message>
    <message>
        <source>Rewrite the body, header and buttons in a neutral tone; remove pressure, threats and content WhatsApp does not allow (weapons, drugs, adult content, gambling).</source>
        <translation>본문, 헤더, 버튼을 중립적인 어조로 다시 작성하고, 압박·위협 표현과 WhatsApp에서 허용하지 않는 콘텐츠(무기, 약물, 성인 콘텐츠, 도박)를 삭제하세요.</translation>
    </message>
    <message>
        <source>Wrong category</source>
        <translation>잘못된 카테고리</translation>
    </message>
    <message>
        <source>The content does not match the chosen category: promotional text in a UTILITY template, or anything beyond a code in an AUTHENTICATION one.</source>
        <translation>내용이 선택한 카테고리와 맞지 않습니다. UTILITY 템플릿에 홍보 문구가 있거나 AUTHENTICATION 템플릿에 코드 외의 내용이 있습니다.</translation>
    </message>
    <message>
        <source>Choose the category that matches the text (offers and news are MARKETING), or remove the promotional parts. Allowing category changes lets WhatsApp fix this itself next time.</source>
        <translation>텍스트에 맞는 카테고리를 선택하거나(혜택 및 소식은 MARKETING) 홍보 부분을 삭제하세요. 카테고리 변경을 허용하면 다음에는 WhatsApp이 직접 수정합니다.</translation>
    </message>
    <message>
        <source>Invalid format</source>
        <translation>잘못된 형식</translation>
    </message>
    <message>
        <source>The structure breaks a formatting rule: variables not numbered in order, a variable at the start or end of the body, missing examples, or too many or misplaced buttons.</source>
        <translation>구조가 형식 규칙에 어긋납니다. 변수 번호가 순서대로가 아니거나, 본문의 시작이나 끝에 변수가 있거나, 예시가 없거나, 버튼이 너무 많거나 위치가 잘못되었습니다.</translation>
    </message>
    <message>
        <source>Number variables {{1}}, {{2}} … without gaps, put text before the first and after the last one, give every variable an example, and check the limits on buttons and lengths.</source>
        <translation>변수 번호를 {{1}}, {{2}} … 처럼 빠짐없이 매기고, 첫 변수 앞과 마지막 변수 뒤에 텍스트를 넣고, 모든 변수에 예시를 입력하고, 버튼과 길이 제한을 확인하세요.</translation>
    </message>
    <message>
        <source>Looks like a scam</source>
        <translation>사기로 의심됨</translation>
    </message>
    <message>
        <source>The reviewer thought the message could deceive people: asking for passwords or payment details, unknown short links, or prizes that look too good to be true.</source>
        <translation>검토자가 메시지가 사용자를 속일 수 있다고 판단했습니다. 비밀번호나 결제 정보 요청, 알 수 없는 단축 링크, 지나치게 좋아 보이는 경품 등이 해당됩니다.</translation>
    </message>
    <message>
        <source>Use your own full domain in links, never ask for credentials or card numbers, and say clearly who sends the message and why.</source>
        <translation>링크에는 자체 전체 도메인을 사용하고, 로그인 정보나 카드 번호를 요청하지 말고, 누가 왜 메시지를 보내는지 명확히 밝히세요.</translation>
    </message>
    <message>
        <source>No reason given</source>
        <translation>사유 없음</translation>
    </message>
    <message>
        <source>The template was rejected without a specific reason.</source>
        <translation>구체적인 사유 없이 템플릿이 거부되었습니다.</translation>
    </message>
    <message>
        <source>Check it against WhatsApp&apos;s template guidelines, fix what the console&apos;s findings point out, and submit again; if it is rejected again, ask Sinch support.</source>
        <translation>WhatsApp 템플릿 가이드라인에 맞는지 확인하고, 콘솔의 검사 결과에서 지적한 사항을 수정한 후 다시 제출하세요. 다시 거부되면 Sinch 지원팀에 문의하세요.</translation>
    </message>
    <message>
        <source>Unrecognized reason</source>
        <translation>알 수 없는 사유</translation>
    </message>
    <message>
        <source>WhatsApp sent a reason this API version does not know.</source>
        <translation>WhatsApp에서 이 API 버전이 알지 못하는 사유를 보냈습니다.</translation>
    </message>
    <message>
        <source>Look at the template&apos;s activities for the reviewer&apos;s comment, fix what it names, and submit again.</source>
        <translation>템플릿 활동에서 검토자의 댓글을 확인하고 지적된 사항을 수정한 후 다시 제출하세요.</translation>
    </message>
    <message>
        <source>The template was rejected with the code %1.</source>
        <translation>코드 %1(으)로 템플릿이 거부되었습니다.</translation>
    </message>
    <message>
        <source>Look at the template&apos;s activities for the reviewer&apos;s comment, then edit and submit again.</source>
        <translation>템플릿 활동에서 검토자의 댓글을 확인한 후 수정하여 다시 제출하세요.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::RemoteImageProbe</name>
    <message>
        <source>Not a web address (https://…).</source>
        <translation>웹 주소(https://…)가 아닙니다.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::RequestLogWindow</name>
    <message>
        <source>Request log</source>
        <translation>요청 로그</translation>
    </message>
    <message>
        <source>Filter by operation, status, URL or request ID (Ctrl+F)</source>
        <translation>작업, 상태, URL 또는 요청 ID로 필터링(Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter the request log</source>
        <translation>요청 로그 필터</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>요청</translation>
    </message>
    <message>
        <source>Request details</source>
        <translation>요청 세부 정보</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>필터</translation>
    </message>
    <message>
        <source>Select a request to see its details, and a failed one&apos;s bodies (secrets are redacted).</source>
        <translation>요청을 선택하면 세부 정보와, 실패한 요청의 본문을 볼 수 있습니다(비밀은 가려짐).</translation>
    </message>
</context>
<context>
    <name>sinch::ui::ResourceListPage</name>
    <message>
        <source>Filter %1 (Ctrl+F)</source>
        <translation>%1 필터(Ctrl+F)</translation>
    </message>
    <message>
        <source>the list</source>
        <translation>목록</translation>
    </message>
    <message>
        <source>Filter the list</source>
        <translation>목록 필터</translation>
    </message>
    <message>
        <source>%1 list</source>
        <translation>%1 목록</translation>
    </message>
    <message>
        <source>Selected item as JSON</source>
        <translation>선택한 항목 JSON</translation>
    </message>
    <message>
        <source>Select an item to see all its fields.</source>
        <translation>항목을 선택하면 모든 필드가 표시됩니다.</translation>
    </message>
    <message>
        <source>Choose a project to see its %1.</source>
        <translation>%1을(를) 보려면 프로젝트를 선택하세요.</translation>
    </message>
    <message>
        <source>%1 of %2 loaded</source>
        <translation>%2개 중 %1개 불러옴</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>%1 불러오는 중…</translation>
    </message>
    <message>
        <source>Nothing matches “%1”. Clear the filter (Esc) to see all %2.</source>
        <translation>“%1”과(와) 일치하는 항목이 없습니다. 필터를 지우면(Esc) %2 전체가 표시됩니다.</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>필드</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>활동</translation>
    </message>
    <message>
        <source>Filter by %1</source>
        <translation>%1(으)로 필터링</translation>
    </message>
    <message>
        <source>Choose one of the %1 to see its activity and comment on it.</source>
        <translation>활동을 보고 댓글을 달려면 %1 중 하나를 선택하세요.</translation>
    </message>
    <message>
        <source>No %1 match the chosen filters: choose “%2” to see all.</source>
        <translation>선택한 필터와 일치하는 %1이(가) 없습니다. 모두 보려면 “%2”을(를) 선택하세요.</translation>
    </message>
    <message>
        <source>%1: show only the %2 with the value chosen here</source>
        <translation>%1: 여기서 고른 값의 %2만 표시</translation>
    </message>
</context>
<context>
    <name>sinch::ui::SaveConflictDialog</name>
    <message>
        <source>Changed on the server — %1</source>
        <translation>서버에서 변경됨 — %1</translation>
    </message>
    <message>
        <source>Save conflict</source>
        <translation>저장 충돌</translation>
    </message>
    <message>
        <source>Their version</source>
        <translation>상대 버전</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>내 버전</translation>
    </message>
    <message>
        <source>Only in their version</source>
        <translation>상대 버전에만 있음</translation>
    </message>
    <message>
        <source>Only in your version</source>
        <translation>내 버전에만 있음</translation>
    </message>
    <message>
        <source>Changed fields</source>
        <translation>변경된 필드</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>상대</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>내 것</translation>
    </message>
    <message>
        <source>&amp;Overwrite theirs</source>
        <translation>상대 버전 덮어쓰기(&amp;O)</translation>
    </message>
    <message>
        <source>Overwrite theirs</source>
        <translation>상대 버전 덮어쓰기</translation>
    </message>
    <message>
        <source>Save your version; theirs is replaced.</source>
        <translation>내 버전을 저장합니다. 상대 버전은 바뀝니다.</translation>
    </message>
    <message>
        <source>&amp;Load theirs</source>
        <translation>상대 버전 불러오기(&amp;L)</translation>
    </message>
    <message>
        <source>Load theirs</source>
        <translation>상대 버전 불러오기</translation>
    </message>
    <message>
        <source>Replace your version in the editor with theirs; Undo (Ctrl+Z) brings yours back.</source>
        <translation>편집기의 내 버전을 상대 버전으로 바꿉니다. 실행 취소(Ctrl+Z)로 내 버전을 되돌립니다.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>&lt;b&gt;Theirs&lt;/b&gt; (on the server now)</source>
        <translation>&lt;b&gt;상대&lt;/b&gt; (현재 서버)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Yours&lt;/b&gt; (in this editor)</source>
        <translation>&lt;b&gt;내 것&lt;/b&gt; (이 편집기)</translation>
    </message>
    <message>
        <source>Changed &amp;fields:</source>
        <translation>변경된 필드(&amp;F):</translation>
    </message>
    <message>
        <source>The server&apos;s copy of this template changed since you opened it (saved from another window, another console or by someone else). Saving now would replace that version with yours. Compare the two, then overwrite the server&apos;s, load it into the editor (Undo brings yours back), or cancel and keep editing.</source>
        <translation>이 템플릿을 연 뒤 서버의 사본이 변경되었습니다(다른 창, 다른 콘솔 또는 다른 사람이 저장함). 지금 저장하면 그 버전이 내 버전으로 바뀝니다. 두 버전을 비교한 다음 서버 버전을 덮어쓰거나, 편집기로 불러오거나(실행 취소로 내 버전을 되돌릴 수 있음), 취소하고 계속 편집하세요.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::SendTestDialog</name>
    <message>
        <source>Send a test of %1</source>
        <translation>%1 테스트 발송</translation>
    </message>
    <message>
        <source>Sends one message through the Conversation API to a phone you can check (before launch: one of the sender&apos;s verified test devices). The message is real and may be charged.</source>
        <translation>Conversation API를 통해 확인 가능한 휴대폰(출시 전에는 발신자의 인증된 테스트 기기 중 하나)으로 메시지 한 건을 보냅니다. 실제 메시지이며 요금이 부과될 수 있습니다.</translation>
    </message>
    <message>
        <source>Sends the approved template once, through the Conversation API, to a phone you can check. The message is real and may be charged.</source>
        <translation>승인된 템플릿을 Conversation API를 통해 확인 가능한 휴대폰으로 한 번 보냅니다. 실제 메시지이며 요금이 부과될 수 있습니다.</translation>
    </message>
    <message>
        <source>Recipient&apos;s phone number</source>
        <translation>수신자 전화번호</translation>
    </message>
    <message>
        <source>+46 70 123 45 67</source>
        <translation>+46 70 123 45 67</translation>
    </message>
    <message>
        <source>Sender:</source>
        <translation>발신자:</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>템플릿:</translation>
    </message>
    <message>
        <source>From &amp;app:</source>
        <translation>발송 앱(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>받는 사람(&amp;T):</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>메시지 본문</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>메시지(&amp;M):</translation>
    </message>
    <message>
        <source>Variables</source>
        <translation>변수</translation>
    </message>
    <message>
        <source>Value of %1</source>
        <translation>%1의 값</translation>
    </message>
    <message>
        <source>The template has no variables.</source>
        <translation>템플릿에 변수가 없습니다.</translation>
    </message>
    <message>
        <source>The message as the API returns it</source>
        <translation>API가 반환한 메시지</translation>
    </message>
    <message>
        <source>The sent message, read back from the API, shows here.</source>
        <translation>보낸 메시지를 API에서 다시 읽어 여기에 표시합니다.</translation>
    </message>
    <message>
        <source>&amp;Send…</source>
        <translation>보내기(&amp;S)…</translation>
    </message>
    <message>
        <source>A test message is on its way.</source>
        <translation>테스트 메시지를 보내는 중입니다.</translation>
    </message>
    <message>
        <source>The project&apos;s apps are being read.</source>
        <translation>프로젝트의 앱을 읽는 중입니다.</translation>
    </message>
    <message>
        <source>Choose the app that sends, or type its ID.</source>
        <translation>발송할 앱을 선택하거나 ID를 입력하세요.</translation>
    </message>
    <message>
        <source>%1 has no %2 channel: choose an app that has it.</source>
        <translation>%1에 %2 채널이 없습니다. 해당 채널이 있는 앱을 선택하세요.</translation>
    </message>
    <message>
        <source>Enter the phone number to send to.</source>
        <translation>받을 전화번호를 입력하세요.</translation>
    </message>
    <message>
        <source>Enter the number in international format: + then the country code and number, e.g. +46 70 123 45 67.</source>
        <translation>국제 형식으로 번호를 입력하세요: +, 국가 코드, 번호(예: +46 70 123 45 67).</translation>
    </message>
    <message>
        <source>Give %1 a value.</source>
        <translation>%1의 값을 입력하세요.</translation>
    </message>
    <message>
        <source>Write the message to send.</source>
        <translation>보낼 메시지를 작성하세요.</translation>
    </message>
    <message>
        <source>Send the template to %1 (asks first)</source>
        <translation>%1에 템플릿 보내기(먼저 확인)</translation>
    </message>
    <message>
        <source>Not a number in international format yet: + then the country code, e.g. +46 70 123 45 67.</source>
        <translation>아직 국제 형식 번호가 아닙니다: +와 국가 코드(예: +46 70 123 45 67).</translation>
    </message>
    <message>
        <source>International format (E.164). Numbers sent to are kept as this project&apos;s test recipients.</source>
        <translation>국제 형식(E.164). 발송한 번호는 이 프로젝트의 테스트 수신자로 보관됩니다.</translation>
    </message>
    <message>
        <source>Send a test message</source>
        <translation>테스트 메시지 보내기</translation>
    </message>
    <message>
        <source>Send %1 to %2 now? The message is real and may be charged.</source>
        <translation>지금 %1을(를) %2(으)로 보내시겠습니까? 실제 메시지이며 요금이 부과될 수 있습니다.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>보내기</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>보내는 중…</translation>
    </message>
    <message>
        <source>Not sent.</source>
        <translation>보내지 않았습니다.</translation>
    </message>
    <message>
        <source>Accepted: message ID %1. Reading it back…</source>
        <translation>접수됨: 메시지 ID %1. 다시 읽는 중…</translation>
    </message>
    <message>
        <source>Accepted: message ID %1. It could not be read back.</source>
        <translation>접수됨: 메시지 ID %1. 다시 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>Accepted: message ID %1, at %2.</source>
        <translation>접수됨: 메시지 ID %1, %2.</translation>
    </message>
    <message>
        <source>Accepted: message ID %1.</source>
        <translation>접수됨: 메시지 ID %1.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::SenderChannel</name>
    <message>
        <source>Quality rating</source>
        <translation>품질 등급</translation>
    </message>
    <message>
        <source>Sender ID</source>
        <translation>발신자 ID</translation>
    </message>
    <message>
        <source>49</source>
        <translation>82</translation>
    </message>
    <message>
        <source>15123456789</source>
        <translation>1012345678</translation>
    </message>
    <message>
        <source>Digits only, without the country code.</source>
        <translation>국가 코드 없이 숫자만 입력하세요.</translation>
    </message>
    <message>
        <source>Optional: the country where Meta keeps the sender&apos;s data.</source>
        <translation>선택 사항: Meta가 발신자 데이터를 보관하는 국가.</translation>
    </message>
    <message>
        <source>Acme Retail</source>
        <translation>Acme Retail</translation>
    </message>
    <message>
        <source>Shown to customers; Meta checks it against its display name guidelines.</source>
        <translation>고객에게 표시되며, Meta에서 표시 이름 가이드라인에 맞는지 확인합니다.</translation>
    </message>
    <message>
        <source>Fresh bread every morning</source>
        <translation>매일 아침 갓 구운 빵</translation>
    </message>
    <message>
        <source>Hauptstraße 1, 10115 Berlin</source>
        <translation>서울특별시 중구 세종대로 110</translation>
    </message>
    <message>
        <source>support@example.com</source>
        <translation>support@example.com</translation>
    </message>
    <message>
        <source>https://example.com</source>
        <translation>https://example.com</translation>
    </message>
    <message>
        <source>https://shop.example.com</source>
        <translation>https://shop.example.com</translation>
    </message>
    <message>
        <source>https://example.com/logo.png</source>
        <translation>https://example.com/logo.png</translation>
    </message>
    <message>
        <source>A square image (%1).</source>
        <translation>정사각형 이미지(%1).</translation>
    </message>
    <message>
        <source>Keep the sender as a draft if Meta refuses the submission</source>
        <translation>Meta에서 제출을 거부하면 발신자를 임시 저장 상태로 유지</translation>
    </message>
    <message>
        <source>@acmeshop</source>
        <translation>@acmeshop</translation>
    </message>
    <message>
        <source>The KakaoTalk channel&apos;s search ID.</source>
        <translation>카카오톡 채널의 검색용 ID.</translation>
    </message>
    <message>
        <source>Acme Shop</source>
        <translation>Acme Shop</translation>
    </message>
    <message>
        <source>+821012345678</source>
        <translation>+821012345678</translation>
    </message>
    <message>
        <source>The channel admin&apos;s phone: Kakao sends the verification token there.</source>
        <translation>채널 관리자의 휴대폰: 카카오에서 인증 토큰을 보냅니다.</translation>
    </message>
    <message>
        <source>Optional: %1, at most 5 MB.</source>
        <translation>선택 사항: %1, 최대 5MB.</translation>
    </message>
    <message>
        <source>Keep the sender as a draft if Kakao refuses the submission</source>
        <translation>카카오에서 제출을 거부하면 발신자를 임시 저장 상태로 유지</translation>
    </message>
    <message>
        <source>code</source>
        <translation>코드</translation>
    </message>
    <message>
        <source>token</source>
        <translation>토큰</translation>
    </message>
    <message>
        <source>%1: a number Sinch provides; %2: your own number, which must receive the code.</source>
        <translation>%1: Sinch에서 제공하는 번호, %2: 코드를 받을 수 있어야 하는 자체 번호.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::SenderDetail</name>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Pending changes status</source>
        <translation>대기 중인 변경 사항 상태</translation>
    </message>
    <message>
        <source>Select a sender to see its details, or create one (Ctrl+N).</source>
        <translation>세부 정보를 보려면 발신자를 선택하거나 새로 만드세요(Ctrl+N).</translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation>발신자 이름</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>다음 단계</translation>
    </message>
    <message>
        <source>Sender fields</source>
        <translation>발신자 필드</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>필드</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>현재 값</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <source>The pending changes repeat the live values.</source>
        <translation>대기 중인 변경 사항이 현재 값과 같습니다.</translation>
    </message>
    <message>
        <source>State of the sender: %1</source>
        <translation>발신자 상태: %1</translation>
    </message>
    <message>
        <source>Changes: %1</source>
        <translation>변경 사항: %1</translation>
    </message>
    <message>
        <source>Request code…</source>
        <translation>코드 요청…</translation>
    </message>
    <message>
        <source>Request token…</source>
        <translation>토큰 요청…</translation>
    </message>
    <message>
        <source>Enter code…</source>
        <translation>코드 입력…</translation>
    </message>
    <message>
        <source>Enter token…</source>
        <translation>토큰 입력…</translation>
    </message>
    <message>
        <source>Review and submit…</source>
        <translation>검토 후 제출…</translation>
    </message>
    <message>
        <source>Edit changes…</source>
        <translation>변경 사항 수정…</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(삭제됨)</translation>
    </message>
    <message>
        <source>Changed: %1 → %2</source>
        <translation>변경됨: %1 → %2</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>변경 없음</translation>
    </message>
    <message numerus="yes">
        <source>Pending changes (%1): %n field(s) differ from the live values.</source>
        <translation>
            <numerusform>대기 중인 변경 사항(%1): 필드 %n개가 현재 값과 다릅니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sinch::ui::SenderEditor</name>
    <message>
        <source>Waiting for the server&apos;s answer…</source>
        <translation>서버 응답 대기 중…</translation>
    </message>
    <message>
        <source>Save the sender as a draft: nothing goes to review (Ctrl+S)</source>
        <translation>발신자를 임시 저장합니다. 검토에 보내지 않습니다(Ctrl+S)</translation>
    </message>
    <message>
        <source>Send the sender to review (Ctrl+Return)</source>
        <translation>발신자를 검토에 보냅니다(Ctrl+Return)</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>보내지 않음: %1</translation>
    </message>
    <message>
        <source>Submitting…</source>
        <translation>제출 중…</translation>
    </message>
    <message>
        <source>Saving the draft…</source>
        <translation>임시 저장 중…</translation>
    </message>
    <message>
        <source>Submitted.</source>
        <translation>제출되었습니다.</translation>
    </message>
    <message>
        <source>Saved as a draft.</source>
        <translation>임시 저장되었습니다.</translation>
    </message>
    <message>
        <source>Another sender of this project already uses this search ID: check the ID, or open that sender to edit it.</source>
        <translation>이 프로젝트의 다른 발신자가 이미 이 검색용 ID를 사용합니다. ID를 확인하거나 해당 발신자를 열어 수정하세요.</translation>
    </message>
    <message>
        <source>The server refused the fields marked in red: correct them and send again.</source>
        <translation>서버에서 빨간색으로 표시된 항목을 거부했습니다. 수정하여 다시 보내세요.</translation>
    </message>
    <message>
        <source>New WhatsApp sender</source>
        <translation>새 WhatsApp 발신자</translation>
    </message>
    <message>
        <source>New KakaoTalk sender</source>
        <translation>새 KakaoTalk 발신자</translation>
    </message>
    <message>
        <source>Edit sender %1</source>
        <translation>발신자 %1 수정</translation>
    </message>
    <message>
        <source>Sender editor</source>
        <translation>발신자 편집기</translation>
    </message>
    <message>
        <source>Save &amp;draft</source>
        <translation>임시 저장(&amp;D)</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>임시 저장</translation>
    </message>
    <message>
        <source>S&amp;ubmit</source>
        <translation>제출(&amp;U)</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>제출</translation>
    </message>
    <message>
        <source>Restore draft</source>
        <translation>임시 저장본 복원</translation>
    </message>
    <message>
        <source>What you typed here last time is back. Undo (Ctrl+Z) drops it.</source>
        <translation>지난번에 입력한 내용을 복원했습니다. 실행 취소(Ctrl+Z)하면 버려집니다.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>저장되지 않은 변경 사항</translation>
    </message>
    <message>
        <source>Discard what you typed in %1?</source>
        <translation>%1에 입력한 내용을 버리시겠습니까?</translation>
    </message>
    <message>
        <source>Cancel goes back to the editor, where Ctrl+S saves a draft.</source>
        <translation>취소하면 편집기로 돌아가며 Ctrl+S로 임시 저장할 수 있습니다.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Checking whether the last save went through…</source>
        <translation>마지막 저장이 반영되었는지 확인하는 중…</translation>
    </message>
</context>
<context>
    <name>sinch::ui::SenderForm</name>
    <message>
        <source>New WhatsApp sender</source>
        <translation>새 WhatsApp 발신자</translation>
    </message>
    <message>
        <source>New KakaoTalk sender</source>
        <translation>새 KakaoTalk 발신자</translation>
    </message>
    <message>
        <source>Sender details</source>
        <translation>발신자 세부 정보</translation>
    </message>
    <message>
        <source>— not set —</source>
        <translation>— 설정 안 됨 —</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>카테고리</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>선택(&amp;H)…</translation>
    </message>
    <message>
        <source>Choose category</source>
        <translation>카테고리 선택</translation>
    </message>
    <message>
        <source>Pick the category from Kakao&apos;s three-level list, with a search</source>
        <translation>카카오의 3단계 목록에서 검색하여 카테고리를 선택합니다</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>카테고리:</translation>
    </message>
    <message>
        <source>None chosen</source>
        <translation>선택 안 됨</translation>
    </message>
    <message>
        <source>Choose category %1</source>
        <translation>카테고리 %1 선택</translation>
    </message>
</context>
<context>
    <name>sinch::ui::SenderPage</name>
    <message>
        <source>&amp;New sender…</source>
        <translation>새 발신자(&amp;N)…</translation>
    </message>
    <message>
        <source>Create a sender (Ctrl+N)</source>
        <translation>발신자 만들기(Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>수정(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Verify number…</source>
        <translation>번호 인증(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Verify sender…</source>
        <translation>발신자 인증(&amp;V)…</translation>
    </message>
    <message>
        <source>Delete &amp;changes…</source>
        <translation>변경 사항 삭제(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>삭제(&amp;D)…</translation>
    </message>
    <message>
        <source>Sender actions</source>
        <translation>발신자 작업</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>발신자</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Select a sender to edit it</source>
        <translation>수정할 발신자를 선택하세요</translation>
    </message>
    <message>
        <source>The changes are being reviewed: edit once the review has decided</source>
        <translation>변경 사항을 검토 중입니다. 검토 결과가 나온 후 수정하세요</translation>
    </message>
    <message>
        <source>Edit the selected sender&apos;s details (Enter)</source>
        <translation>선택한 발신자의 세부 정보 수정(Enter)</translation>
    </message>
    <message>
        <source>Select a sender to register and verify it</source>
        <translation>등록 및 인증할 발신자를 선택하세요</translation>
    </message>
    <message>
        <source>Ask for a verification %1 and enter it</source>
        <translation>인증 %1을(를) 요청하고 입력합니다</translation>
    </message>
    <message>
        <source>Select a sender to delete its pending changes</source>
        <translation>대기 중인 변경 사항을 삭제할 발신자를 선택하세요</translation>
    </message>
    <message>
        <source>The sender has no pending changes</source>
        <translation>발신자에 대기 중인 변경 사항이 없습니다</translation>
    </message>
    <message>
        <source>The changes are being reviewed and cannot be deleted now</source>
        <translation>변경 사항을 검토 중이므로 지금은 삭제할 수 없습니다</translation>
    </message>
    <message>
        <source>Discard the pending changes; the live details stay</source>
        <translation>대기 중인 변경 사항을 버립니다. 현재 세부 정보는 유지됩니다</translation>
    </message>
    <message>
        <source>Delete the selected sender (Del)</source>
        <translation>선택한 발신자 삭제(Del)</translation>
    </message>
    <message>
        <source>Select a sender to delete it</source>
        <translation>삭제할 발신자를 선택하세요</translation>
    </message>
    <message>
        <source>Delete pending changes</source>
        <translation>대기 중인 변경 사항 삭제</translation>
    </message>
    <message>
        <source>Delete the pending changes of %1? The live details stay as they are.</source>
        <translation>%1의 대기 중인 변경 사항을 삭제하시겠습니까? 현재 세부 정보는 그대로 유지됩니다.</translation>
    </message>
    <message>
        <source>Delete changes</source>
        <translation>변경 사항 삭제</translation>
    </message>
    <message>
        <source>The pending changes were deleted.</source>
        <translation>대기 중인 변경 사항을 삭제했습니다.</translation>
    </message>
    <message>
        <source>Delete sender</source>
        <translation>발신자 삭제</translation>
    </message>
    <message>
        <source>Delete the sender %1? It stops sending at once and cannot be restored.</source>
        <translation>발신자 %1을(를) 삭제하시겠습니까? 즉시 발송이 중단되며 복원할 수 없습니다.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>The sender was deleted.</source>
        <translation>발신자를 삭제했습니다.</translation>
    </message>
    <message>
        <source>The sender is “%1”: it needs no verification now</source>
        <translation>발신자가 &apos;%1&apos; 상태이므로 지금은 인증이 필요 없습니다</translation>
    </message>
</context>
<context>
    <name>sinch::ui::SenderVerificationDialog</name>
    <message>
        <source>&amp;Verify</source>
        <translation>인증(&amp;V)</translation>
    </message>
    <message>
        <source>Verify %1</source>
        <translation>%1 인증</translation>
    </message>
    <message>
        <source>Sender verification</source>
        <translation>발신자 인증</translation>
    </message>
    <message>
        <source>1. Meta sends a 6-digit code to %1. 2. Type it below to verify the number.</source>
        <translation>1. Meta에서 %1(으)로 6자리 코드를 보냅니다. 2. 아래에 입력하여 번호를 인증하세요.</translation>
    </message>
    <message>
        <source>1. Kakao sends a token to the admin phone %1. 2. Type it below to verify the sender.</source>
        <translation>1. 카카오에서 관리자 휴대폰 %1(으)로 토큰을 보냅니다. 2. 아래에 입력하여 발신자를 인증하세요.</translation>
    </message>
    <message>
        <source>Verification message</source>
        <translation>인증 메시지</translation>
    </message>
    <message>
        <source>Send the code by</source>
        <translation>코드 받는 방법</translation>
    </message>
    <message>
        <source>Voice call</source>
        <translation>음성 통화</translation>
    </message>
    <message>
        <source>Send the code &amp;by:</source>
        <translation>코드 받는 방법(&amp;B):</translation>
    </message>
    <message>
        <source>&amp;Send code</source>
        <translation>코드 보내기(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Send token</source>
        <translation>토큰 보내기(&amp;S)</translation>
    </message>
    <message>
        <source>Send code</source>
        <translation>코드 보내기</translation>
    </message>
    <message>
        <source>Send token</source>
        <translation>토큰 보내기</translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation>인증 코드</translation>
    </message>
    <message>
        <source>Verification token</source>
        <translation>인증 토큰</translation>
    </message>
    <message>
        <source>6 digits</source>
        <translation>6자리</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>인증</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>코드(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>토큰(&amp;T):</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Waiting for the server&apos;s answer…</source>
        <translation>서버 응답 대기 중…</translation>
    </message>
    <message>
        <source>Type all %1 digits of the %2 first (%3 typed).</source>
        <translation>먼저 %2의 %1자리를 모두 입력하세요(%3자리 입력됨).</translation>
    </message>
    <message>
        <source>Type the %1 first.</source>
        <translation>먼저 %1을(를) 입력하세요.</translation>
    </message>
    <message>
        <source>Check the %1 (Enter)</source>
        <translation>%1 확인(Enter)</translation>
    </message>
    <message>
        <source>Send a new %1 (the last one stops working)</source>
        <translation>새 %1 보내기(이전 값은 사용할 수 없게 됨)</translation>
    </message>
    <message>
        <source>Ask for the %1</source>
        <translation>%1 요청</translation>
    </message>
    <message>
        <source>Asking for a %1…</source>
        <translation>%1 요청 중…</translation>
    </message>
    <message>
        <source>A token is on its way to %1: type it below.</source>
        <translation>%1(으)로 토큰을 보내는 중입니다. 아래에 입력하세요.</translation>
    </message>
    <message>
        <source>A code is on its way to %1 by %2: type it below.</source>
        <translation>%2(으)로 %1에 코드를 보내는 중입니다. 아래에 입력하세요.</translation>
    </message>
    <message>
        <source>voice call</source>
        <translation>음성 통화</translation>
    </message>
    <message>
        <source>Checking the %1…</source>
        <translation>%1 확인 중…</translation>
    </message>
    <message>
        <source>Verified.</source>
        <translation>인증되었습니다.</translation>
    </message>
    <message>
        <source>the token&apos;s digits</source>
        <translation>토큰 숫자</translation>
    </message>
</context>
<context>
    <name>sinch::ui::SettingsPart</name>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>카테고리</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>A template on the server keeps its name and language. To use another, export it and import it into a new template.</source>
        <translation>서버에 있는 템플릿은 이름과 언어를 유지합니다. 다른 이름이나 언어를 사용하려면 내보낸 후 새 템플릿으로 가져오세요.</translation>
    </message>
    <message>
        <source>Template name</source>
        <translation>템플릿 이름</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>이름:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>언어:</translation>
    </message>
    <message>
        <source>On the server:</source>
        <translation>서버:</translation>
    </message>
    <message>
        <source>State on the server</source>
        <translation>서버 상태</translation>
    </message>
    <message>
        <source>The template&apos;s state and its changes&apos; status as last read.</source>
        <translation>마지막으로 읽은 템플릿 상태와 변경 사항 상태입니다.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <source>order_update</source>
        <translation>order_update</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>언어(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>카테고리(&amp;C):</translation>
    </message>
    <message>
        <source>Reviewed templates keep their category (%1); it can change only after a rejection for the wrong category.</source>
        <translation>검토된 템플릿은 카테고리(%1)를 유지합니다. 잘못된 카테고리로 거부된 후에만 변경할 수 있습니다.</translation>
    </message>
    <message>
        <source>Allow Meta to change the category</source>
        <translation>Meta가 카테고리를 변경하도록 허용</translation>
    </message>
    <message>
        <source>Message time to live in seconds</source>
        <translation>메시지 유효 기간(초)</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>기본값</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 초</translation>
    </message>
    <message>
        <source>How long WhatsApp retries delivery: %1 to %2 seconds for this category.</source>
        <translation>WhatsApp이 전송을 재시도하는 기간: 이 카테고리는 %1~%2초.</translation>
    </message>
    <message>
        <source>Time t&amp;o live:</source>
        <translation>유효 기간(&amp;O):</translation>
    </message>
</context>
<context>
    <name>sinch::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>단축키</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>작업</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>단축키</translation>
    </message>
    <message>
        <source>Also used by “%1”</source>
        <translation>“%1”에서도 사용</translation>
    </message>
    <message>
        <source>In the whole window</source>
        <translation>창 전체</translation>
    </message>
    <message>
        <source>In every editor</source>
        <translation>모든 편집기</translation>
    </message>
    <message>
        <source>On this page: %1</source>
        <translation>이 페이지: %1</translation>
    </message>
    <message>
        <source>In this tab: %1</source>
        <translation>이 탭: %1</translation>
    </message>
</context>
<context>
    <name>sinch::ui::SimpleFormEditor</name>
    <message>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <source>Send to the server (Ctrl+S)</source>
        <translation>서버로 보내기(Ctrl+S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Close the form without sending it</source>
        <translation>보내지 않고 양식 닫기</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>보내지 않음: %1</translation>
    </message>
    <message>
        <source>Waiting for the server&apos;s answer</source>
        <translation>서버 응답 대기 중</translation>
    </message>
    <message>
        <source>The server refused the fields marked in red.</source>
        <translation>서버에서 빨간색으로 표시된 항목을 거부했습니다.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::SolutionsPage</name>
    <message>
        <source>Choose a solution to see it, or create one (Ctrl+N).</source>
        <translation>솔루션을 선택하여 보거나 새로 만드세요(Ctrl+N).</translation>
    </message>
    <message>
        <source>&amp;New solution…</source>
        <translation>새 솔루션(&amp;N)…</translation>
    </message>
    <message>
        <source>Add a partner&apos;s solution with its Embedded Signup token (Ctrl+N)</source>
        <translation>임베디드 가입 토큰으로 파트너 솔루션 추가(Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Assign…</source>
        <translation>할당(&amp;A)…</translation>
    </message>
    <message>
        <source>Solution actions</source>
        <translation>솔루션 작업</translation>
    </message>
    <message>
        <source>New solution</source>
        <translation>새 솔루션</translation>
    </message>
    <message>
        <source>Assign solution</source>
        <translation>솔루션 할당</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Partner app</source>
        <translation>파트너 앱</translation>
    </message>
    <message>
        <source>Owner app</source>
        <translation>소유자 앱</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>할당됨</translation>
    </message>
    <message>
        <source>Choose a solution first</source>
        <translation>먼저 솔루션을 선택하세요</translation>
    </message>
    <message>
        <source>This solution is assigned to the project already</source>
        <translation>이 솔루션은 이미 프로젝트에 할당되었습니다</translation>
    </message>
    <message>
        <source>Finish or cancel the new solution first</source>
        <translation>먼저 새 솔루션을 완료하거나 취소하세요</translation>
    </message>
    <message>
        <source>Assign the selected solution to this project</source>
        <translation>선택한 솔루션을 이 프로젝트에 할당</translation>
    </message>
    <message>
        <source>%1 (Meta app %2)</source>
        <translation>%1(Meta 앱 %2)</translation>
    </message>
    <message>
        <source>Yes: this project onboards through the solution&apos;s Embedded Signup</source>
        <translation>예: 이 프로젝트는 솔루션의 임베디드 가입으로 온보딩됩니다</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>선택…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <source>Solution name</source>
        <translation>솔루션 이름</translation>
    </message>
    <message>
        <source>As the partner calls it</source>
        <translation>파트너가 부르는 이름 그대로</translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation>액세스 토큰(&amp;T):</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>액세스 토큰</translation>
    </message>
    <message>
        <source>Paste the token</source>
        <translation>토큰 붙여넣기</translation>
    </message>
    <message>
        <source>The accessToken of the authResponse Meta returns when the partner&apos;s Embedded Signup completes. It is sent once and kept nowhere by the console.</source>
        <translation>파트너의 임베디드 가입이 완료될 때 Meta가 반환하는 authResponse의 accessToken입니다. 한 번만 전송되며 콘솔에 저장되지 않습니다.</translation>
    </message>
    <message>
        <source>Business &amp;manager:</source>
        <translation>비즈니스 관리자(&amp;M):</translation>
    </message>
    <message>
        <source>Business manager</source>
        <translation>비즈니스 관리자</translation>
    </message>
    <message>
        <source>Create solution</source>
        <translation>솔루션 만들기</translation>
    </message>
    <message>
        <source>Add the solution to this project (Ctrl+S)</source>
        <translation>이 프로젝트에 솔루션 추가(Ctrl+S)</translation>
    </message>
    <message>
        <source>Creating the solution…</source>
        <translation>솔루션 만드는 중…</translation>
    </message>
    <message>
        <source>Solution “%1” created. Assign it to onboard this project through its Embedded Signup.</source>
        <translation>솔루션 “%1”이(가) 생성되었습니다. 할당하면 이 프로젝트가 솔루션의 임베디드 가입으로 온보딩됩니다.</translation>
    </message>
    <message>
        <source>Assign “%1” to this project?

The project is then onboarded through the solution&apos;s Embedded Signup: %2 can create and manage this project&apos;s WhatsApp account and senders with Sinch.</source>
        <translation>“%1”을(를) 이 프로젝트에 할당하시겠습니까?

프로젝트가 솔루션의 임베디드 가입으로 온보딩되며, %2이(가) Sinch에서 이 프로젝트의 WhatsApp 계정과 발신자를 만들고 관리할 수 있습니다.</translation>
    </message>
    <message>
        <source>the partner</source>
        <translation>파트너</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>할당</translation>
    </message>
    <message>
        <source>“%1” is assigned to this project.</source>
        <translation>“%1”이(가) 이 프로젝트에 할당되었습니다.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::SpinRangeGuard</name>
    <message>
        <source>%1 is out of range: type a number from %2 to %3, or go below %2 for “%4”. The field still holds %5.</source>
        <translation>%1은(는) 범위를 벗어났습니다: %2~%3 사이의 숫자를 입력하거나, “%4”에는 %2 아래로 내리세요. 필드 값은 그대로 %5입니다.</translation>
    </message>
    <message>
        <source>%1 is out of range: type a number from %2 to %3. The field still holds %4.</source>
        <translation>%1은(는) 범위를 벗어났습니다: %2~%3 사이의 숫자를 입력하세요. 필드 값은 그대로 %4입니다.</translation>
    </message>
    <message>
        <source>%1: out of range</source>
        <translation>%1: 범위를 벗어남</translation>
    </message>
</context>
<context>
    <name>sinch::ui::TemplateBulkActions</name>
    <message>
        <source>C&amp;lone…</source>
        <translation>복제(&amp;L)…</translation>
    </message>
    <message>
        <source>Delete &amp;selected…</source>
        <translation>선택 항목 삭제(&amp;S)…</translation>
    </message>
    <message>
        <source>E&amp;xport selected…</source>
        <translation>선택 항목 내보내기(&amp;X)…</translation>
    </message>
    <message>
        <source>Export the selected templates to</source>
        <translation>선택한 템플릿 내보내기 위치</translation>
    </message>
    <message>
        <source>Bulk &amp;job report</source>
        <translation>일괄 작업 보고서(&amp;J)</translation>
    </message>
    <message>
        <source>A bulk job is running: wait for it or cancel it (Bulk job report)</source>
        <translation>일괄 작업이 실행 중입니다. 완료될 때까지 기다리거나 취소하세요(일괄 작업 보고서)</translation>
    </message>
    <message>
        <source>Select the language rows of the templates first (Ctrl+click, Shift+click)</source>
        <translation>먼저 템플릿의 언어 행을 선택하세요(Ctrl+클릭, Shift+클릭)</translation>
    </message>
    <message>
        <source>Show the last bulk job and its report</source>
        <translation>마지막 일괄 작업과 보고서 표시</translation>
    </message>
    <message>
        <source>No bulk job has run yet</source>
        <translation>아직 실행된 일괄 작업이 없습니다</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>외 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete templates</source>
        <translation>템플릿 삭제</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n template language(s) on the server: %1? Their approved versions and pending changes go; this cannot be undone.</source>
        <translation>
            <numerusform>서버에서 템플릿 언어 %n개(%1)를 삭제하시겠습니까? 승인된 버전과 대기 중인 변경 사항이 삭제되며 되돌릴 수 없습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
</context>
<context>
    <name>sinch::ui::TemplateCatalogueWriter</name>
    <message>
        <source>Rejected: %1</source>
        <translation>거부됨: %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>%1/%2페이지</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>목차</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · quality: %2</source>
        <translation>%1 · 품질: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1에 쓸 수 없음: %2</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1에 쓸 수 없음</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>중지됨</translation>
    </message>
</context>
<context>
    <name>sinch::ui::TemplateDeletion</name>
    <message>
        <source>Delete template language</source>
        <translation>템플릿 언어 삭제</translation>
    </message>
    <message>
        <source>Delete “%1” in %2? The approved version and any pending changes of this language are deleted on the server; other languages stay.</source>
        <translation>%2의 “%1”을(를) 삭제하시겠습니까? 이 언어의 승인된 버전과 대기 중인 변경 사항이 서버에서 삭제되며 다른 언어는 유지됩니다.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>“%1 · %2” deleted.</source>
        <translation>“%1 · %2”을(를) 삭제했습니다.</translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation>템플릿 삭제</translation>
    </message>
    <message>
        <source>Delete “%1” in every language (%2)? This cannot be undone.</source>
        <translation>모든 언어(%2)의 “%1”을(를) 삭제하시겠습니까? 되돌릴 수 없습니다.</translation>
    </message>
    <message>
        <source>Delete all</source>
        <translation>모두 삭제</translation>
    </message>
    <message>
        <source>“%1” deleted in every language.</source>
        <translation>모든 언어의 “%1”을(를) 삭제했습니다.</translation>
    </message>
    <message>
        <source>Delete pending changes</source>
        <translation>대기 중인 변경 사항 삭제</translation>
    </message>
    <message>
        <source>Delete the pending changes of “%1 · %2”? The approved version stays as it is.</source>
        <translation>“%1 · %2”의 대기 중인 변경 사항을 삭제하시겠습니까? 승인된 버전은 그대로 유지됩니다.</translation>
    </message>
    <message>
        <source>Delete changes</source>
        <translation>변경 사항 삭제</translation>
    </message>
    <message>
        <source>Pending changes of “%1 · %2” deleted.</source>
        <translation>“%1 · %2”의 대기 중인 변경 사항을 삭제했습니다.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::TemplateDetailView</name>
    <message>
        <source>Selected template</source>
        <translation>선택한 템플릿</translation>
    </message>
    <message>
        <source>Select a template to see its state, what a rejection means and all its fields.</source>
        <translation>템플릿을 선택하면 상태, 거부 사유의 의미, 모든 필드가 표시됩니다.</translation>
    </message>
    <message>
        <source>Languages: %1</source>
        <translation>언어: %1</translation>
    </message>
    <message>
        <source>Not yet in: %1</source>
        <translation>아직 없는 언어: %1</translation>
    </message>
    <message>
        <source>Expand the name (→) and select a language to see its state and fields.</source>
        <translation>이름을 펼치고(→) 언어를 선택하면 상태와 필드가 표시됩니다.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::TemplateEditor</name>
    <message>
        <source>Not while the changes are in review</source>
        <translation>변경 사항 검토 중에는 사용할 수 없습니다</translation>
    </message>
    <message>
        <source>Save draft (Ctrl+S)</source>
        <translation>임시 저장(Ctrl+S)</translation>
    </message>
    <message>
        <source>Submit for review (Ctrl+Enter)</source>
        <translation>검토 요청(Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Send the approved template to a phone through the Conversation API</source>
        <translation>승인된 템플릿을 Conversation API로 휴대폰에 보냅니다</translation>
    </message>
    <message>
        <source>Save and submit the template; once approved it can be sent as a test.</source>
        <translation>템플릿을 저장하고 제출하세요. 승인되면 테스트로 보낼 수 있습니다.</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>검토</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>미리보기</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>활동</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>임시 저장</translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation>검토 요청</translation>
    </message>
    <message>
        <source>Compare with approved</source>
        <translation>승인된 버전과 비교</translation>
    </message>
    <message>
        <source>Send &amp;test…</source>
        <translation>테스트 발송(&amp;T)…</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>위로 이동</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>아래로 이동</translation>
    </message>
    <message>
        <source>The local copy could not be saved: %1</source>
        <translation>로컬 사본을 저장할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>새 템플릿</translation>
    </message>
    <message>
        <source>New template · %1</source>
        <translation>새 템플릿 · %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Replace template</source>
        <translation>템플릿 교체</translation>
    </message>
    <message>
        <source>Restore draft</source>
        <translation>임시 저장본 복원</translation>
    </message>
    <message>
        <source>Your local edits are back. Undo (Ctrl+Z) returns to the server&apos;s version.</source>
        <translation>로컬 수정 내용을 복원했습니다. 실행 취소(Ctrl+Z)하면 서버 버전으로 돌아갑니다.</translation>
    </message>
    <message>
        <source>The name and language stay %1 · %2: a template on the server keeps them.</source>
        <translation>이름과 언어는 %1 · %2(으)로 유지됩니다. 서버에 있는 템플릿은 이를 유지합니다.</translation>
    </message>
    <message>
        <source>Imported %1. Undo (Ctrl+Z) brings the previous version back.</source>
        <translation>%1을(를) 가져왔습니다. 실행 취소(Ctrl+Z)하면 이전 버전으로 돌아갑니다.</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>%1(으)로 내보냈습니다.</translation>
    </message>
    <message>
        <source>Only an approved template can be sent; this one is “%1”.</source>
        <translation>승인된 템플릿만 보낼 수 있습니다. 이 템플릿의 상태: &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Card %1</source>
        <translation>카드 %1</translation>
    </message>
</context>
<context>
    <name>sinch::ui::TemplateFilterBar</name>
    <message>
        <source>Search loaded templates (Ctrl+F)</source>
        <translation>불러온 템플릿 검색(Ctrl+F)</translation>
    </message>
    <message>
        <source>Search templates</source>
        <translation>템플릿 검색</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Show only templates in this state (asked of the server)</source>
        <translation>이 상태의 템플릿만 표시(서버에 요청)</translation>
    </message>
    <message>
        <source>Pending changes</source>
        <translation>대기 중인 변경 사항</translation>
    </message>
    <message>
        <source>Show only templates whose pending changes have this status (asked of the server)</source>
        <translation>대기 중인 변경 사항이 이 상태인 템플릿만 표시(서버에 요청)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>Show only this language of the loaded templates</source>
        <translation>불러온 템플릿 중 이 언어만 표시</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>카테고리</translation>
    </message>
    <message>
        <source>Show only this category of the loaded templates</source>
        <translation>불러온 템플릿 중 이 카테고리만 표시</translation>
    </message>
    <message>
        <source>Analytics range</source>
        <translation>분석 기간</translation>
    </message>
    <message>
        <source>The period of the sent, delivered, read and click columns</source>
        <translation>발송, 전달, 읽음, 클릭 열의 기간</translation>
    </message>
    <message>
        <source>Name starts with…</source>
        <translation>이름 시작 문자…</translation>
    </message>
    <message>
        <source>Name starts with</source>
        <translation>이름 시작 문자</translation>
    </message>
    <message>
        <source>Show only templates whose name starts with this text (asked of the server)</source>
        <translation>이름이 이 텍스트로 시작하는 템플릿만 표시(서버에 요청)</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>모든 상태</translation>
    </message>
    <message>
        <source>Any changes</source>
        <translation>모든 변경 사항</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>모든 언어</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>모든 카테고리</translation>
    </message>
    <message>
        <source>Analytics: last day</source>
        <translation>분석: 최근 1일</translation>
    </message>
    <message>
        <source>Analytics: last week</source>
        <translation>분석: 최근 1주</translation>
    </message>
    <message>
        <source>Analytics: last month</source>
        <translation>분석: 최근 1개월</translation>
    </message>
    <message>
        <source>Analytics: last quarter</source>
        <translation>분석: 최근 분기</translation>
    </message>
    <message>
        <source>Never approved</source>
        <translation>승인된 적 없음</translation>
    </message>
    <message>
        <source>Templates Meta has not approved yet: a draft, in review or rejected</source>
        <translation>Meta가 아직 승인하지 않은 템플릿: 임시 저장, 검수 중 또는 반려됨</translation>
    </message>
</context>
<context>
    <name>sinch::ui::TemplateListToolBar</name>
    <message>
        <source>Template actions</source>
        <translation>템플릿 작업</translation>
    </message>
    <message>
        <source>&amp;New template</source>
        <translation>새 템플릿(&amp;N)</translation>
    </message>
    <message>
        <source>Create a WhatsApp template (Ctrl+N)</source>
        <translation>WhatsApp 템플릿 만들기(Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>열기(&amp;O)</translation>
    </message>
    <message>
        <source>Open the selected language in a tab (Enter)</source>
        <translation>선택한 언어를 탭에서 열기(Enter)</translation>
    </message>
    <message>
        <source>Compare with &amp;approved</source>
        <translation>승인된 버전과 비교(&amp;A)</translation>
    </message>
    <message>
        <source>Show the pending changes next to the approved version (Ctrl+D)</source>
        <translation>대기 중인 변경 사항을 승인된 버전 옆에 표시(Ctrl+D)</translation>
    </message>
    <message>
        <source>Compare a&amp;nalytics</source>
        <translation>분석 비교(&amp;N)</translation>
    </message>
    <message>
        <source>Compare the analytics of two selected templates</source>
        <translation>선택한 두 템플릿의 분석 비교</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>비교(&amp;M)</translation>
    </message>
    <message>
        <source>Delete &amp;pending changes…</source>
        <translation>대기 중인 변경 사항 삭제(&amp;P)…</translation>
    </message>
    <message>
        <source>Drop the pending changes and keep the approved version</source>
        <translation>대기 중인 변경 사항을 버리고 승인된 버전 유지</translation>
    </message>
    <message>
        <source>&amp;Delete this language…</source>
        <translation>이 언어 삭제(&amp;D)…</translation>
    </message>
    <message>
        <source>Delete the selected language of the template (Del)</source>
        <translation>템플릿의 선택한 언어 삭제(Del)</translation>
    </message>
    <message>
        <source>Delete &amp;all languages…</source>
        <translation>모든 언어 삭제(&amp;A)…</translation>
    </message>
    <message>
        <source>Delete the template in every language (Shift+Del)</source>
        <translation>모든 언어의 템플릿 삭제(Shift+Del)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>삭제(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Copy as JSON</source>
        <translation>JSON으로 복사(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the selected templates as JSON (Ctrl+Shift+C)</source>
        <translation>선택한 템플릿을 JSON으로 복사(Ctrl+Shift+C)</translation>
    </message>
</context>
<context>
    <name>sinch::ui::TemplatePrompts</name>
    <message>
        <source>Close template</source>
        <translation>템플릿 닫기</translation>
    </message>
    <message>
        <source>The changes to %1 are in review, so the server takes no edits now. Keep your edits as a local draft?</source>
        <translation>%1의 변경 사항이 검토 중이므로 지금은 서버에서 수정을 받지 않습니다. 수정 내용을 로컬 임시 저장본으로 보관하시겠습니까?</translation>
    </message>
    <message>
        <source>A kept draft is offered when you open this template again. Discard throws the edits away.</source>
        <translation>보관한 임시 저장본은 이 템플릿을 다시 열 때 제안됩니다. 버리기를 누르면 수정 내용이 삭제됩니다.</translation>
    </message>
    <message>
        <source>Keep local draft</source>
        <translation>로컬 임시 저장본 보관</translation>
    </message>
    <message>
        <source>Save the changes to %1 as a draft on the server before closing?</source>
        <translation>닫기 전에 %1의 변경 사항을 서버에 임시 저장하시겠습니까?</translation>
    </message>
    <message>
        <source>Discard throws the changes away, also the local copy.</source>
        <translation>버리기를 누르면 로컬 사본을 포함한 변경 사항이 삭제됩니다.</translation>
    </message>
    <message>
        <source>Local edits</source>
        <translation>로컬 수정 내용</translation>
    </message>
    <message>
        <source>You have edits of %1 from %2 that are not on the server. Restore them?</source>
        <translation>서버에 없는 %1의 수정 내용(%2)이 있습니다. 복원하시겠습니까?</translation>
    </message>
    <message>
        <source>Restored edits can be undone (Ctrl+Z). Discard throws them away; Cancel keeps them for later until this template is edited.</source>
        <translation>복원한 수정 내용은 실행 취소(Ctrl+Z)할 수 있습니다. 버리기를 누르면 삭제되고, 취소를 누르면 이 템플릿을 수정할 때까지 보관됩니다.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>복원</translation>
    </message>
</context>
<context>
    <name>sinch::ui::TemplateSaveFlow</name>
    <message>
        <source>Not sent: the changes are in review and the server takes no edits until the review ends. Your edits are kept in the local draft.</source>
        <translation>보내지 않음: 변경 사항이 검토 중이며 검토가 끝날 때까지 서버에서 수정을 받지 않습니다. 수정 내용은 로컬 임시 저장본에 보관됩니다.</translation>
    </message>
    <message>
        <source>Not connected to a project.</source>
        <translation>프로젝트에 연결되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>These changes are in review. The server takes no edits until the review ends: what you change here stays in a local draft, and Save draft and Submit for review wait. The review is checked every 30 seconds.</source>
        <translation>변경 사항이 검토 중입니다. 검토가 끝날 때까지 서버에서 수정을 받지 않으므로, 여기서 변경한 내용은 로컬 임시 저장본에 보관되고 [임시 저장]과 [검토 요청]은 대기합니다. 30초마다 검토 상태를 확인합니다.</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>지금 확인</translation>
    </message>
    <message>
        <source>Submitted for review.</source>
        <translation>검토를 요청했습니다.</translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation>임시 저장되었습니다.</translation>
    </message>
    <message>
        <source>The server refused the template: %1</source>
        <translation>서버에서 템플릿을 거부했습니다: %1</translation>
    </message>
    <message numerus="yes">
        <source>The server refused %n field(s); they are marked.</source>
        <translation>
            <numerusform>서버에서 필드 %n개를 거부했습니다. 해당 필드가 표시되어 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>The review has ended: the changes were rejected. Edit them and submit again.</source>
        <translation>검토 완료: 변경 사항이 거부되었습니다. 수정하여 다시 제출하세요.</translation>
    </message>
    <message>
        <source>The review has ended: the changes were rejected (%1). Edit them and submit again.</source>
        <translation>검토 완료: 변경 사항이 거부되었습니다(%1). 수정하여 다시 제출하세요.</translation>
    </message>
    <message>
        <source>The review has ended: the changes were approved. You can edit and save again.</source>
        <translation>검토 완료: 변경 사항이 승인되었습니다. 다시 수정하고 저장할 수 있습니다.</translation>
    </message>
    <message>
        <source>Load their version</source>
        <translation>상대 버전 불러오기</translation>
    </message>
    <message>
        <source>Their version is loaded. Undo (Ctrl+Z) brings yours back to save it over theirs.</source>
        <translation>상대 버전을 불러왔습니다. 실행 취소(Ctrl+Z)로 내 버전을 되돌려 그 위에 저장할 수 있습니다.</translation>
    </message>
    <message>
        <source>Not saved: the template was changed on the server since you opened it. Your edits are kept; save again to compare and choose.</source>
        <translation>저장되지 않음: 템플릿을 연 뒤 서버에서 변경되었습니다. 편집한 내용은 유지됩니다. 다시 저장하여 비교하고 선택하세요.</translation>
    </message>
    <message>
        <source>Not submitted: %1</source>
        <translation>제출되지 않음: %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>저장되지 않음: %1</translation>
    </message>
    <message numerus="yes">
        <source>(%n more error(s) to fix before a submission)</source>
        <translation>
            <numerusform>(제출 전에 오류 %n개를 더 고쳐야 합니다)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n more error(s) to fix before a draft saves)</source>
        <translation>
            <numerusform>(임시 저장 전에 오류 %n개를 더 고쳐야 합니다)</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: a template named “%1” was deleted less than 30 days ago, and WhatsApp does not take the name again until then. Choose another name.</source>
        <translation>저장되지 않음: “%1” 이름의 템플릿이 30일 이내에 삭제되어 그때까지 WhatsApp이 이 이름을 다시 받지 않습니다. 다른 이름을 선택하세요.</translation>
    </message>
    <message>
        <source>Not saved: “%1” was deleted on the server after you opened it. Your edits are kept here as a new template; WhatsApp takes a deleted template&apos;s name again only after 30 days, so give it another name and save.</source>
        <translation>저장되지 않음: 연 뒤에 서버에서 “%1”이(가) 삭제되었습니다. 편집 내용은 여기에 새 템플릿으로 남아 있습니다. WhatsApp은 삭제된 템플릿의 이름을 30일이 지나야 다시 받으므로 다른 이름을 지정하고 저장하세요.</translation>
    </message>
    <message>
        <source>Not saved: “%1” was deleted on the server after you opened it. Your edits are kept here as a new template.</source>
        <translation>저장되지 않음: 연 뒤에 서버에서 “%1”이(가) 삭제되었습니다. 편집 내용은 여기에 새 템플릿으로 남아 있습니다.</translation>
    </message>
    <message>
        <source>Create again</source>
        <translation>다시 만들기</translation>
    </message>
    <message>
        <source>WhatsApp keeps a deleted template&apos;s name for 30 days: choose another name.</source>
        <translation>WhatsApp은 삭제된 템플릿의 이름을 30일 동안 보관합니다. 다른 이름을 선택하세요.</translation>
    </message>
    <message>
        <source>Nothing to save: the server has every change.</source>
        <translation>저장할 내용이 없습니다. 서버에 모든 변경 사항이 있습니다.</translation>
    </message>
    <message>
        <source>Submitting for review…</source>
        <translation>검토를 위해 제출하는 중…</translation>
    </message>
    <message>
        <source>Saving the draft…</source>
        <translation>임시 저장 중…</translation>
    </message>
</context>
<context>
    <name>sinch::ui::TemplateViewTab</name>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>카테고리</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>품질</translation>
    </message>
    <message>
        <source>Template %1</source>
        <translation>템플릿 %1</translation>
    </message>
    <message>
        <source>WhatsApp ID</source>
        <translation>WhatsApp ID</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>거부됨: %1</translation>
    </message>
    <message>
        <source>What to change:</source>
        <translation>변경할 사항:</translation>
    </message>
    <message>
        <source>Pending changes (%1) are kept next to the approved version; “Compare with approved” shows what differs.</source>
        <translation>대기 중인 변경 사항(%1)은 승인된 버전과 별도로 보관됩니다. “승인된 버전과 비교”에서 차이를 확인할 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::TemplatesPage</name>
    <message>
        <source>Templates</source>
        <translation>템플릿</translation>
    </message>
    <message>
        <source>%1 of %2 loaded</source>
        <translation>%2개 중 %1개 불러옴</translation>
    </message>
    <message>
        <source>WhatsApp Templates</source>
        <translation>WhatsApp 템플릿</translation>
    </message>
    <message>
        <source>Number of templates</source>
        <translation>템플릿 수</translation>
    </message>
    <message>
        <source>%1 of %2 names shown</source>
        <translation>이름 %2개 중 %1개 표시</translation>
    </message>
    <message numerus="yes">
        <source>%n template(s)</source>
        <translation>
            <numerusform>템플릿 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n name(s)</source>
        <translation>
            <numerusform>이름 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>No template name starts with “%1”. Clear the name filter to see all.</source>
        <translation>“%1”(으)로 시작하는 템플릿 이름이 없습니다. 모두 보려면 이름 필터를 지우세요.</translation>
    </message>
    <message>
        <source>No template starting with “%1” in this state. Clear the name filter, choose “All states” and “Any changes” to see all.</source>
        <translation>이 상태에서 “%1”(으)로 시작하는 템플릿이 없습니다. 모두 보려면 이름 필터를 지우고 “모든 상태”와 “모든 변경 사항”을 선택하세요.</translation>
    </message>
    <message>
        <source>No templates in this state. Choose “All states” and “Any changes” to see all.</source>
        <translation>이 상태의 템플릿이 없습니다. 모두 보려면 “모든 상태”와 “모든 변경 사항”을 선택하세요.</translation>
    </message>
    <message>
        <source>No templates yet. Create one (Ctrl+N)</source>
        <translation>아직 템플릿이 없습니다. 새로 만드세요(Ctrl+N)</translation>
    </message>
    <message>
        <source>Nothing matches these filters. Clear the search (Esc) or choose “All languages” and “All categories”.</source>
        <translation>필터와 일치하는 항목이 없습니다. 검색을 지우거나(Esc) “모든 언어”와 “모든 카테고리”를 선택하세요.</translation>
    </message>
    <message>
        <source>Choose a project to see its WhatsApp templates.</source>
        <translation>WhatsApp 템플릿을 보려면 프로젝트를 선택하세요.</translation>
    </message>
    <message>
        <source>Loading templates…</source>
        <translation>템플릿 불러오는 중…</translation>
    </message>
    <message>
        <source>The templates could not be loaded. See the message above.</source>
        <translation>템플릿을 불러올 수 없습니다. 위의 메시지를 확인하세요.</translation>
    </message>
    <message>
        <source>No template was rejected after an approval. Templates rejected before they were ever approved have no state: choose “All states” and “Changes rejected” to see them.</source>
        <translation>승인 후 반려된 템플릿이 없습니다. 한 번도 승인되지 않고 반려된 템플릿에는 상태가 없습니다. 보려면 “모든 상태”와 “변경 사항 반려됨”을 선택하세요.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::Theme</name>
    <message>
        <source>Light</source>
        <translation>밝게</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>어둡게</translation>
    </message>
    <message>
        <source>System</source>
        <translation>시스템</translation>
    </message>
</context>
<context>
    <name>sinch::ui::ThemeMenu</name>
    <message>
        <source>&amp;Theme</source>
        <translation>테마(&amp;T)</translation>
    </message>
</context>
<context>
    <name>sinch::ui::TokenDialog</name>
    <message>
        <source>Create &amp;long-lived token</source>
        <translation>장기 토큰 만들기(&amp;L)</translation>
    </message>
    <message>
        <source>Look up &amp;WABAs</source>
        <translation>WABA 조회(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>복사(&amp;C)</translation>
    </message>
    <message>
        <source>Long-lived access token</source>
        <translation>장기 액세스 토큰</translation>
    </message>
    <message>
        <source>Paste the user access token Meta returned at the end of Embedded Signup. Exchange it for a long-lived token (valid for 60 days), or look up the WhatsApp Business Accounts it reaches and their numbers.</source>
        <translation>임베디드 가입이 끝날 때 Meta가 반환한 사용자 액세스 토큰을 붙여넣으세요. 장기 토큰(60일 유효)으로 교환하거나, 토큰으로 접근 가능한 WhatsApp 비즈니스 계정과 번호를 조회할 수 있습니다.</translation>
    </message>
    <message>
        <source>Facebook user access token</source>
        <translation>Facebook 사용자 액세스 토큰</translation>
    </message>
    <message>
        <source>EAAG…</source>
        <translation>EAAG…</translation>
    </message>
    <message>
        <source>Business manager</source>
        <translation>비즈니스 관리자</translation>
    </message>
    <message>
        <source>The account&apos;s own</source>
        <translation>계정 자체</translation>
    </message>
    <message>
        <source>User access &amp;token:</source>
        <translation>사용자 액세스 토큰(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Business manager:</source>
        <translation>비즈니스 관리자(&amp;B):</translation>
    </message>
    <message>
        <source>Create long-lived token</source>
        <translation>장기 토큰 만들기</translation>
    </message>
    <message>
        <source>Look up WABAs</source>
        <translation>WABA 조회</translation>
    </message>
    <message>
        <source>Copy token</source>
        <translation>토큰 복사</translation>
    </message>
    <message>
        <source>Copy the token to the clipboard</source>
        <translation>토큰을 클립보드에 복사</translation>
    </message>
    <message>
        <source>This token is not stored by the console and will not be shown again: copy it now and keep it in a safe place.</source>
        <translation>이 토큰은 콘솔에 저장되지 않으며 다시 표시되지 않습니다. 지금 복사하여 안전한 곳에 보관하세요.</translation>
    </message>
    <message>
        <source>Long-lived access token:</source>
        <translation>장기 액세스 토큰:</translation>
    </message>
    <message>
        <source>WhatsApp Business Accounts</source>
        <translation>WhatsApp 비즈니스 계정</translation>
    </message>
    <message>
        <source>WhatsApp Business Account or number</source>
        <translation>WhatsApp 비즈니스 계정 또는 번호</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>번호</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Paste the user access token first</source>
        <translation>먼저 사용자 액세스 토큰을 붙여넣으세요</translation>
    </message>
    <message>
        <source>Waiting for the server&apos;s answer</source>
        <translation>서버 응답 대기 중</translation>
    </message>
    <message>
        <source>Exchanging the token…</source>
        <translation>토큰 교환 중…</translation>
    </message>
    <message>
        <source>Looking up the WABAs…</source>
        <translation>WABA 조회 중…</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>사용 중</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>사용 가능</translation>
    </message>
    <message>
        <source>No numbers shared with this account</source>
        <translation>이 계정과 공유된 번호가 없습니다</translation>
    </message>
    <message>
        <source>The token reaches no WhatsApp Business Account.</source>
        <translation>토큰으로 접근 가능한 WhatsApp 비즈니스 계정이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n WhatsApp Business Account(s).</source>
        <translation>
            <numerusform>WhatsApp 비즈니스 계정 %n개.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>클립보드에 복사했습니다.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::TransferActions</name>
    <message>
        <source>&amp;Export project…</source>
        <translation>프로젝트 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Import into project…</source>
        <translation>프로젝트로 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>Choose a project first</source>
        <translation>먼저 프로젝트를 선택하세요</translation>
    </message>
    <message>
        <source>The project is not connected yet</source>
        <translation>프로젝트가 아직 연결되지 않았습니다</translation>
    </message>
    <message>
        <source>Write every resource of the project as JSON files</source>
        <translation>프로젝트의 모든 리소스를 JSON 파일로 저장</translation>
    </message>
    <message>
        <source>Recreate the templates and webhooks of an export in this project</source>
        <translation>내보내기의 템플릿과 웹훅을 이 프로젝트에 다시 만들기</translation>
    </message>
</context>
<context>
    <name>sinch::ui::TrayNotifier</name>
    <message>
        <source>Open &amp;inbox</source>
        <translation>받은편지함 열기(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Mark all read</source>
        <translation>모두 읽음으로 표시(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <source>Sinch Provisioning Console</source>
        <translation>Sinch Provisioning Console</translation>
    </message>
    <message numerus="yes">
        <source>Sinch Provisioning Console · %n unread</source>
        <translation>
            <numerusform>Sinch Provisioning Console · 읽지 않음 %n개</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sinch::ui::WebhookEditor</name>
    <message>
        <source>Save changes</source>
        <translation>변경 사항 저장</translation>
    </message>
    <message>
        <source>Create webhook</source>
        <translation>웹훅 만들기</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>보내지 않음: %1</translation>
    </message>
    <message>
        <source>Nothing changed since the last save.</source>
        <translation>마지막으로 저장한 후 변경된 내용이 없습니다.</translation>
    </message>
    <message>
        <source>Forget the secret</source>
        <translation>시크릿 지우기</translation>
    </message>
    <message>
        <source>Webhook created.</source>
        <translation>웹훅이 생성되었습니다.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>저장되었습니다.</translation>
    </message>
    <message>
        <source>Another webhook of this project already sends to this URL.</source>
        <translation>이 프로젝트의 다른 웹훅이 이미 이 URL로 보내고 있습니다.</translation>
    </message>
    <message>
        <source>The server refused the fields marked in red.</source>
        <translation>서버에서 빨간색으로 표시된 항목을 거부했습니다.</translation>
    </message>
    <message>
        <source>Webhook editor</source>
        <translation>웹훅 편집기</translation>
    </message>
    <message>
        <source>Create the webhook, or send the changed fields (Ctrl+S)</source>
        <translation>웹훅을 만들거나 변경된 필드를 보냅니다(Ctrl+S)</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>교체</translation>
    </message>
    <message>
        <source>Send every field, the secret included, in place of the server&apos;s webhook</source>
        <translation>서버의 웹훅 대신 시크릿을 포함한 모든 필드를 보냅니다</translation>
    </message>
    <message>
        <source>New webhook</source>
        <translation>새 웹훅</translation>
    </message>
    <message>
        <source>Webhook %1</source>
        <translation>웹훅 %1</translation>
    </message>
    <message>
        <source>Webhook to %1</source>
        <translation>%1 대상 웹훅</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>저장 중…</translation>
    </message>
    <message>
        <source>Creating the webhook…</source>
        <translation>웹훅을 만드는 중…</translation>
    </message>
</context>
<context>
    <name>sinch::ui::WebhookForm</name>
    <message>
        <source>New webhook</source>
        <translation>새 웹훅</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>웹훅</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Webhook ID</source>
        <translation>웹훅 ID</translation>
    </message>
    <message>
        <source>The server&apos;s ID of this webhook</source>
        <translation>서버의 이 웹훅 ID</translation>
    </message>
    <message>
        <source>Target URL</source>
        <translation>대상 URL</translation>
    </message>
    <message>
        <source>https://example.com/sinch/events</source>
        <translation>https://example.com/sinch/events</translation>
    </message>
    <message>
        <source>Target &amp;URL</source>
        <translation>대상 URL(&amp;U)</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>시크릿</translation>
    </message>
    <message>
        <source>Signs each event; at least %1 random characters</source>
        <translation>각 이벤트에 서명합니다. 임의의 문자 %1자 이상</translation>
    </message>
    <message>
        <source>Unchanged (type a new secret to replace it)</source>
        <translation>변경 없음(교체하려면 새 시크릿 입력)</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>표시</translation>
    </message>
    <message>
        <source>Show secret</source>
        <translation>시크릿 표시</translation>
    </message>
    <message>
        <source>Show the secret as plain text</source>
        <translation>시크릿을 일반 텍스트로 표시</translation>
    </message>
    <message>
        <source>&amp;Secret</source>
        <translation>시크릿(&amp;S)</translation>
    </message>
    <message>
        <source>Kept only in this editor: never written to drafts or to the request log.</source>
        <translation>이 편집기에만 보관되며 임시 저장본이나 요청 로그에 기록되지 않습니다.</translation>
    </message>
    <message>
        <source>ALL (every event)</source>
        <translation>ALL(모든 이벤트)</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>이벤트</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation>이벤트(&amp;E)</translation>
    </message>
    <message>
        <source>Check the events to be sent (Space toggles the selected one).</source>
        <translation>보낼 이벤트를 선택하세요(Space 키로 선택한 항목 전환).</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>숨기기</translation>
    </message>
    <message>
        <source>Hide secret</source>
        <translation>시크릿 숨기기</translation>
    </message>
</context>
<context>
    <name>sinch::ui::WebhooksPage</name>
    <message>
        <source>Choose a webhook to edit it, or create one (Ctrl+N).</source>
        <translation>수정할 웹훅을 선택하거나 새로 만드세요(Ctrl+N).</translation>
    </message>
    <message>
        <source>&amp;New webhook</source>
        <translation>새 웹훅(&amp;N)</translation>
    </message>
    <message>
        <source>Create a webhook (Ctrl+N)</source>
        <translation>웹훅 만들기(Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>수정(&amp;E)</translation>
    </message>
    <message>
        <source>Edit the selected webhook (Enter)</source>
        <translation>선택한 웹훅 수정(Enter)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>삭제(&amp;D)…</translation>
    </message>
    <message>
        <source>Delete the selected webhook (Del)</source>
        <translation>선택한 웹훅 삭제(Del)</translation>
    </message>
    <message>
        <source>Webhook actions</source>
        <translation>웹훅 작업</translation>
    </message>
    <message>
        <source>Webhooks list</source>
        <translation>웹훅 목록</translation>
    </message>
    <message>
        <source>These unsaved edits are of a webhook of the project you left. Save them (Ctrl+S) and they go to that project, or choose another row to discard them.</source>
        <translation>저장되지 않은 수정 내용은 이전 프로젝트의 웹훅입니다. 저장(Ctrl+S)하면 해당 프로젝트에 저장되며, 다른 행을 선택하면 버려집니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n webhook(s)</source>
        <translation>
            <numerusform>웹훅 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>(Ctrl+N)</source>
        <translation>(Ctrl+N)</translation>
    </message>
    <message>
        <source>Choose a project to see its webhooks.</source>
        <translation>웹훅을 보려면 프로젝트를 선택하세요.</translation>
    </message>
    <message>
        <source>Loading webhooks…</source>
        <translation>웹훅 불러오는 중…</translation>
    </message>
    <message>
        <source>Delete webhook</source>
        <translation>웹훅 삭제</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Save sends them to the server, Discard throws them away, Cancel goes back to the editor.</source>
        <translation>저장은 서버로 보내고, 버리기는 삭제하며, 취소는 편집기로 돌아갑니다.</translation>
    </message>
    <message>
        <source>Delete the webhook that sends to this address? Its events stop at once.</source>
        <translation>이 주소로 보내는 웹훅을 삭제할까요? 이벤트 전송이 즉시 중지됩니다.</translation>
    </message>
    <message>
        <source>The webhook to %1 was deleted.</source>
        <translation>%1(으)로 보내는 웹훅을 삭제했습니다.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::WelcomePage</name>
    <message>
        <source>Add project…</source>
        <translation>프로젝트 추가…</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>시작하기</translation>
    </message>
    <message>
        <source>Add project</source>
        <translation>프로젝트 추가</translation>
    </message>
    <message>
        <source>Choose a project in the toolbar (Ctrl+1 … Ctrl+9).</source>
        <translation>도구 모음에서 프로젝트를 선택하세요(Ctrl+1 … Ctrl+9).</translation>
    </message>
    <message>
        <source>Reading the key secret from the keychain…</source>
        <translation>키체인에서 키 시크릿 읽는 중…</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>환영합니다</translation>
    </message>
    <message>
        <source>Add a Sinch project with its access key to see its senders, templates and webhooks.</source>
        <translation>액세스 키로 Sinch 프로젝트를 추가하면 발신자, 템플릿, 웹훅을 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>To try the console without an account, start it with --sandbox.</source>
        <translation>계정 없이 콘솔을 사용해 보려면 --sandbox 옵션으로 시작하세요.</translation>
    </message>
</context>
<context>
    <name>sinch::ui::WhatsappPreviewRenderer</name>
    <message>
        <source>Copy code</source>
        <translation>코드 복사</translation>
    </message>
    <message>
        <source>Autofill</source>
        <translation>자동 입력</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>문서</translation>
    </message>
    <message>
        <source>See all options</source>
        <translation>모든 옵션 보기</translation>
    </message>
    <message>
        <source>*{{1}}* is your verification code.</source>
        <translation>인증 코드는 *{{1}}*입니다.</translation>
    </message>
    <message>
        <source>For your security, do not share this code.</source>
        <translation>보안을 위해 이 코드를 다른 사람과 공유하지 마세요.</translation>
    </message>
    <message numerus="yes">
        <source>This code expires in %n minutes.</source>
        <translation>
            <numerusform>이 코드는 %n분 후에 만료됩니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sinch::ui::WhatsappPreviewWidget</name>
    <message>
        <source>Show the variables as {{n}} instead of their examples</source>
        <translation>변수를 예시 대신 {{n}} 형식으로 표시합니다</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
</context>
<context>
    <name>sinch::ui::WhatsappTemplateEdits</name>
    <message>
        <source>Phone number</source>
        <translation>전화번호</translation>
    </message>
    <message>
        <source>Edit text</source>
        <translation>텍스트 수정</translation>
    </message>
    <message>
        <source>Edit example</source>
        <translation>예시 수정</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 수정</translation>
    </message>
    <message>
        <source>Add button</source>
        <translation>버튼 추가</translation>
    </message>
    <message>
        <source>Add %1 button</source>
        <translation>%1 버튼 추가</translation>
    </message>
    <message>
        <source>Remove button</source>
        <translation>버튼 삭제</translation>
    </message>
    <message>
        <source>Move button</source>
        <translation>버튼 이동</translation>
    </message>
    <message>
        <source>Add carousel</source>
        <translation>캐러셀 추가</translation>
    </message>
    <message>
        <source>Add card</source>
        <translation>카드 추가</translation>
    </message>
    <message>
        <source>Duplicate card</source>
        <translation>카드 복제</translation>
    </message>
    <message>
        <source>Remove card</source>
        <translation>카드 삭제</translation>
    </message>
    <message>
        <source>Move card</source>
        <translation>카드 이동</translation>
    </message>
    <message>
        <source>Apply card structure</source>
        <translation>카드 구성 적용</translation>
    </message>
    <message>
        <source>Add card button</source>
        <translation>카드 버튼 추가</translation>
    </message>
    <message>
        <source>Insert variable {{%1}}</source>
        <translation>변수 {{%1}} 삽입</translation>
    </message>
    <message>
        <source>Remove header</source>
        <translation>헤더 삭제</translation>
    </message>
    <message>
        <source>Add header</source>
        <translation>헤더 추가</translation>
    </message>
    <message>
        <source>Change header</source>
        <translation>헤더 변경</translation>
    </message>
    <message>
        <source>Quick reply</source>
        <translation>빠른 답장</translation>
    </message>
    <message>
        <source>Link (URL)</source>
        <translation>링크(URL)</translation>
    </message>
    <message>
        <source>One-time password</source>
        <translation>일회용 비밀번호</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Flow</translation>
    </message>
</context>
</TS>
